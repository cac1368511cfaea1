package id.go.kalbarprov.sop.request.service.command;

/** An uploaded file as it arrived: its bytes, the name and description the caller gave. */
public record UploadFile(byte[] bytes, String fileName, String description) {
}
