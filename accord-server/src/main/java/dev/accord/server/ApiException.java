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

    /** The stable code of an HTTP error status, for the answers that have no code of their own. */
    static String codeOf(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 421 -> "wrong_host";
            case 422 -> "unprocessable";
            case 431 -> "headers_too_large";
            case 501 -> "not_implemented";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }

    /** The body every error of the API has. */
    record Body(Detail error) {
    }

    /**
     * @param status  the HTTP status
     * @param code    a stable machine-readable code: {@code bad_request}, {@code unauthorized}, {@code forbidden},
     *                {@code not_found}, {@code method_not_allowed}, {@code too_large}, {@code uri_too_long},
     *                {@code wrong_host}, {@code unprocessable}, {@code headers_too_large}, {@code not_implemented},
     *                {@code internal}
     * @param message what failed, the value received and what was expected; never a server path, class name or
     *                stack trace
     * @param path    the request path
     */
    record Detail(int status, String code, String message, String path) {
    }
}
