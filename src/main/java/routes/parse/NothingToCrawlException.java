package routes.parse;

/** Discovery found no category, no listing and no product: the job fails with what was tried. */
public class NothingToCrawlException extends RuntimeException {

    public NothingToCrawlException(String message) {
        super(message);
    }
}
