package dev.accord.store;

/**
 * A store could not do what was asked of it: the database failed, is locked, or holds data this version
 * cannot read. The message names the file and the operation; the cause keeps the driver's own error.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
