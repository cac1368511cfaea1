-- The post the author of a version acted in: the amendment history says who, in which post, changed what.
ALTER TABLE review_version ADD COLUMN author_post varchar(200);
