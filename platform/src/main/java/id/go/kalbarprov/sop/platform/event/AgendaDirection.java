package id.go.kalbarprov.sop.platform.event;

/** Whether a document registered in the agenda book came in, went out, or passed between officers inside. */
public enum AgendaDirection {
    IN, OUT, INTERNAL
}
