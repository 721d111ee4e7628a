package org.eventscope.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work off the JavaFX thread, one piece at a time (the store is used from that one thread), and hands results
 * back on the FX thread. Tests use {@link #sameThread()} so asynchronous code runs deterministically.
 */
public interface TaskRunner extends AutoCloseable {

    /** Work that reports progress as it goes. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Progress of a running piece of work: fraction 0..1 (negative = indeterminate) and a message. */
    interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** Starts {@code work}; exactly one of the callbacks is later called on the FX thread. */
    <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Lets a caller cancel work and watch its progress. */
    interface Handle {
        void cancel();
    }

    /** Listener told of every task's progress, on the FX thread (status bar). */
    void setProgressListener(ProgressListener listener);

    interface ProgressListener {
        void progress(String title, double fraction, String message, boolean running);
    }

    @Override
    void close();

    /** One background daemon thread, results delivered with {@code Platform.runLater}. */
    static TaskRunner background() {
        return new FxTaskRunner(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "eventscope-worker");
            t.setDaemon(true);
            return t;
        }), javafx.application.Platform::runLater);
    }

    /** Runs everything at once on the calling thread. */
    static TaskRunner sameThread() {
        return new FxTaskRunner(null, Runnable::run);
    }

    /** Shared implementation; {@code executor} null means the calling thread. */
    final class FxTaskRunner implements TaskRunner {
        private final ExecutorService executor;
        private final java.util.concurrent.Executor ui;
        private volatile ProgressListener listener = (t, f, m, r) -> { };

        FxTaskRunner(ExecutorService executor, java.util.concurrent.Executor ui) {
            this.executor = executor;
            this.ui = ui;
        }

        @Override
        public void setProgressListener(ProgressListener listener) {
            this.listener = listener;
        }

        @Override
        public <T> Handle submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
            Progress progress = new Progress() {
                @Override
                public void update(double fraction, String message) {
                    ui.execute(() -> listener.progress(title, fraction, message, true));
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            };
            Runnable body = () -> {
                ui.execute(() -> listener.progress(title, -1, title + "…", true));
                try {
                    T result = work.run(progress);
                    ui.execute(() -> {
                        listener.progress(title, 1, "", false);
                        onSuccess.accept(result);
                    });
                } catch (Throwable t) {
                    ui.execute(() -> {
                        listener.progress(title, 0, "", false);
                        onFailure.accept(t);
                    });
                }
            };
            if (executor == null) body.run();
            else executor.execute(body);
            return () -> cancelled.set(true);
        }

        @Override
        public void close() {
            if (executor == null) return;
            executor.shutdown();
            try {
                if (!executor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS)) executor.shutdownNow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
