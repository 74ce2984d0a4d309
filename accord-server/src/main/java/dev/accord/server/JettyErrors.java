package dev.accord.server;

import dev.accord.model.AccordJson;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The answers Jetty gives itself, before any route sees the request (a URI too long, a request it cannot
 * parse), in the API's one error shape and with the security headers. Jetty's own reason is not shown: it
 * can name Jetty's classes; the message says what was wrong with the request instead.
 */
final class JettyErrors extends ErrorHandler {

    /** The longest request line and headers Jetty reads (its default), which the 414 message states. */
    static final int MAX_HEADER = 8 * 1024;
    private static final int PATH_SHOWN = 200;

    @Override
    protected void generateResponse(Request request, Response response, int status, String reason, Throwable cause,
                                    Callback callback) {
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? ""
                : request.getHttpURI().getPath();
        if (path.length() > PATH_SHOWN) {
            path = path.substring(0, PATH_SHOWN) + "…";
        }
        ApiException.Detail detail = new ApiException.Detail(status, ApiException.codeOf(status), message(status),
                path);
        SecurityHeaders.apply((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(AccordJson.compact(new ApiException.Body(detail))
                .getBytes(StandardCharsets.UTF_8)), callback);
    }

    private static String message(int status) {
        return switch (status) {
            case 414 -> "the request's URI is too long; expected at most " + MAX_HEADER + " bytes of request line "
                    + "and headers (long queries belong in fewer, shorter parameters)";
            case 431 -> "the request's headers are too large; expected at most " + MAX_HEADER + " bytes of them";
            case 413 -> "the request body is too large; expected at most " + AccordServer.MAX_BODY + " bytes";
            case 404 -> "nothing here; the API is described at /api/openapi.json";
            case 405 -> "this method is not allowed here; the API is described at /api/openapi.json";
            case 400 -> "the request is not valid HTTP (a malformed request line, header or URI encoding); "
                    + "expected an HTTP/1.1 request";
            default -> "the server could not answer this request (HTTP " + status + ")";
        };
    }
}
