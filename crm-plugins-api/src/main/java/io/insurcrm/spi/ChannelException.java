package io.insurcrm.spi;

/**
 * A {@link Channel} could not send a message. The host keeps the message and, if
 * {@link #retryable()}, tries again later with back-off; otherwise (or when the attempts run out)
 * the message goes to the dead-letter state with this exception's message kept. The message must
 * name what failed (status code, SMTP reply code, "connection refused"), never the recipient's
 * address or the text of the message.
 */
public class ChannelException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whether a later attempt may succeed. */
    private final boolean retryable;

    /**
     * A failure.
     *
     * @param message   what failed, without personal data
     * @param retryable true if a later attempt may succeed (server down, timeout, 5xx, throttled)
     * @param cause     the underlying error, or null
     */
    public ChannelException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /**
     * A failure a later attempt may cure: the server is down, busy, throttling, or timed out.
     *
     * @param message what failed, without personal data
     * @param cause   the underlying error, or null
     * @return the exception
     */
    public static ChannelException retryable(String message, Throwable cause) {
        return new ChannelException(message, true, cause);
    }

    /**
     * A failure that will recur: the request is refused (bad address, rejected content, bad credentials).
     *
     * @param message what failed, without personal data
     * @param cause   the underlying error, or null
     * @return the exception
     */
    public static ChannelException permanent(String message, Throwable cause) {
        return new ChannelException(message, false, cause);
    }

    /**
     * Whether a later attempt may succeed.
     *
     * @return true if the host should retry
     */
    public boolean retryable() {
        return retryable;
    }
}
