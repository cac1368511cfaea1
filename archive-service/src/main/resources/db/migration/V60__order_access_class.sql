-- An order holds the same signed content as the record it is filed as, so it takes the record's access class when
-- filed and every view of the order applies it as the record's views do (README, "Access policy").
ALTER TABLE archive_order ADD COLUMN access_class varchar(20);
UPDATE archive_order o SET access_class = r.access_class FROM archive_record r WHERE r.id = o.record_id;
