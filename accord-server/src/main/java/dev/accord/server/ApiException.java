package dev.accord.server;

/**
 * A request the API refuses, with the HTTP status and a stable code; written as the one error shape
 * {@code {"error": {"status", "code", "message", "path"}}}.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    /** The body every error of the API has. */
    record Body(Detail error) {
    }

    /**
     * @param status  the HTTP status
     * @param code    a stable machine-readable code: {@code bad_request}, {@code not_found}, {@code unauthorized},
     *                {@code forbidden}, {@code too_large}, {@code internal}
     * @param message what failed, the value received and what was expected
     * @param path    the request path
     */
    record Detail(int status, String code, String message, String path) {
    }
}
