package io.insurcrm.core.importing.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads an import's batches one batch ahead, on a thread of its own: while the caller applies a batch
 * in its transaction (phase 2), the next one is read and parsed (phase 1). At most one batch waits,
 * so an import holds at most three batches at once whatever the file's size.
 *
 * <p>Batches, and the exception that ended the reading, arrive in file order: an I/O error, a bad
 * encoding or a bug in a parser is thrown by {@link #next()} after every batch read before it, as it
 * would be without read-ahead. {@link #close()} stops the reading thread and waits for it to let go
 * of the input, so nothing reads the input after the import has returned or failed.
 */
final class ReadAhead implements BatchSource, AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> handoff = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    ReadAhead(BatchSource source, String threadName) {
        thread = new Thread(() -> read(source), threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(BatchSource source) {
        Object last = END;
        try {
            for (ReadBatch b = source.next(); b != null && !stopped; b = source.next()) {
                hand(b);
            }
        } catch (IOException | RuntimeException | Error e) {
            last = e;
        }
        hand(last);
    }

    /** Waits for room; nobody interrupts this thread, and a batch must never be dropped. */
    private void hand(Object item) {
        boolean interrupted = false;
        while (true) {
            try {
                handoff.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ReadBatch next() throws IOException {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = handoff.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the import was interrupted");
        }
        if (item instanceof ReadBatch) {
            return (ReadBatch) item;
        }
        ended = true;
        if (item instanceof IOException) {
            throw (IOException) item;
        }
        if (item instanceof RuntimeException) {
            throw (RuntimeException) item;
        }
        if (item instanceof Error) {
            throw (Error) item;
        }
        return null;
    }

    /** Stops reading (if the import ended early), drains what was read, and waits for the thread to end. */
    @Override
    public void close() {
        stopped = true;
        boolean interrupted = false;
        while (!ended) {
            try {
                ended = !(handoff.take() instanceof ReadBatch);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
