package io.insurcrm.core.plugin;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one call into plugin code: never an exception. Either the plugin returned a
 * value, or the call failed in one of the ways {@link FailureKind} lists; the failure carries what
 * a dispatcher needs to decide (retry or dead-letter) and to keep (the error's type and message).
 *
 * @param <T> the type of the value
 */
public sealed interface CallOutcome<T> permits CallOutcome.Success, CallOutcome.Failure {

    /**
     * @return true for a {@link Success}
     */
    boolean succeeded();

    /**
     * @return the value of a success; empty for a failure
     */
    Optional<T> value();

    /**
     * @return how long the call took, queueing included
     */
    Duration elapsed();

    /**
     * The plugin returned a value.
     *
     * @param result  what it returned (never null: a null result is a {@link FailureKind#INVALID_RESULT})
     * @param elapsed how long the call took
     * @param <T>     the type of the value
     */
    record Success<T>(T result, Duration elapsed) implements CallOutcome<T> {
        /**
         * @throws NullPointerException if a component is null
         */
        public Success {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(elapsed, "elapsed");
        }

        @Override
        public boolean succeeded() {
            return true;
        }

        @Override
        public Optional<T> value() {
            return Optional.of(result);
        }
    }

    /**
     * The call failed.
     *
     * @param kind      how it failed
     * @param retryable whether trying again later may succeed
     * @param errorType the simple class name of the exception, or a host-made label (e.g. {@code timeout})
     * @param message   the error's message, at most 500 characters (plugins must keep personal data out of it)
     * @param elapsed   how long the call took
     * @param <T>       the type the value would have had
     */
    record Failure<T>(FailureKind kind, boolean retryable, String errorType, String message, Duration elapsed)
            implements CallOutcome<T> {
        /**
         * @throws NullPointerException if a component is null
         */
        public Failure {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(elapsed, "elapsed");
            if (message.length() > 500) {
                message = message.substring(0, 497) + "...";
            }
        }

        @Override
        public boolean succeeded() {
            return false;
        }

        @Override
        public Optional<T> value() {
            return Optional.empty();
        }

        /**
         * @return one line to store with a dead letter, e.g. {@code TIMED_OUT timeout: no answer within PT30S}
         */
        public String describe() {
            return kind + " " + errorType + (message.isEmpty() ? "" : ": " + message);
        }
    }

    /** How a call into plugin code failed. */
    enum FailureKind {
        /** The plugin threw (for a channel, {@link io.insurcrm.spi.ChannelException} says whether to retry). */
        THREW,
        /** The call ran past its timeout and was cancelled (its thread interrupted). */
        TIMED_OUT,
        /** All the component's slots were busy (e.g. hung calls), or the host is closing: not called at all. */
        REJECTED,
        /** The plugin returned null or a result that breaks the SPI contract. */
        INVALID_RESULT,
        /** The host refused the call before making it (e.g. a recipient kind the channel does not support). */
        NOT_SUPPORTED
    }
}
