package id.go.kalbarprov.sop.archive.domain;

/** Media of an archived record. */
public enum Medium {
    PAPER, ELECTRONIC, MICROFILM, AUDIOVISUAL
}
