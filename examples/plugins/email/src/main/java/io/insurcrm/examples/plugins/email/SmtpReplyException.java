package io.insurcrm.examples.plugins.email;

import java.io.IOException;

/**
 * The SMTP server answered with an unexpected reply code. Keeps the code and the enhanced status
 * code (RFC 3463, e.g. {@code 5.1.1}) only: the reply's free text often repeats the recipient's
 * address, which must not reach logs or the dead-letter record.
 */
final class SmtpReplyException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int code;

    SmtpReplyException(String stage, int code, String enhanced) {
        super("SMTP server refused " + stage + ": " + code + (enhanced.isEmpty() ? "" : " " + enhanced));
        this.code = code;
    }

    int code() {
        return code;
    }

    /** 4xx replies are transient (RFC 5321 §4.2.1); 5xx are permanent. */
    boolean transientFailure() {
        return code >= 400 && code < 500;
    }
}
