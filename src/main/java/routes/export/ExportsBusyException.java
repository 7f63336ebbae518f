package routes.export;

/** Every export a process may stream at once (caravan.api.max-concurrent-exports) is running. */
public class ExportsBusyException extends RuntimeException {

    ExportsBusyException() {
        super("every export this process may stream at once is running; try again shortly");
    }
}
