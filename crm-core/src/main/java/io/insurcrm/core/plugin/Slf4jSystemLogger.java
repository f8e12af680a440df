package io.insurcrm.core.plugin;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link System.Logger} handed to plugins, writing into the host's SLF4J logging so that
 * plugin lines land where the application's do, under {@code insurcrm.plugin.<plugin>.<component>}.
 * Parameters are formatted as {@link System.Logger} specifies, with {@link MessageFormat}.
 */
final class Slf4jSystemLogger implements System.Logger {
    private final Logger delegate;

    Slf4jSystemLogger(String name) {
        this.delegate = LoggerFactory.getLogger(name);
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isLoggable(Level level) {
        switch (level) {
            case ALL:
            case TRACE:
                return delegate.isTraceEnabled();
            case DEBUG:
                return delegate.isDebugEnabled();
            case INFO:
                return delegate.isInfoEnabled();
            case WARNING:
                return delegate.isWarnEnabled();
            case ERROR:
                return delegate.isErrorEnabled();
            default:
                return false;
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        if (isLoggable(level)) {
            emit(level, localise(bundle, msg), thrown);
        }
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        if (isLoggable(level)) {
            String pattern = localise(bundle, format);
            String text = params == null || params.length == 0 ? pattern : MessageFormat.format(pattern, params);
            emit(level, text, null);
        }
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
        if (isLoggable(level)) {
            emit(level, msgSupplier.get(), null);
        }
    }

    private static String localise(ResourceBundle bundle, String key) {
        if (bundle != null && key != null && bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        return key;
    }

    private void emit(Level level, String text, Throwable thrown) {
        switch (level) {
            case ALL:
            case TRACE:
                delegate.trace(text, thrown);
                break;
            case DEBUG:
                delegate.debug(text, thrown);
                break;
            case INFO:
                delegate.info(text, thrown);
                break;
            case WARNING:
                delegate.warn(text, thrown);
                break;
            case ERROR:
                delegate.error(text, thrown);
                break;
            default:
                break;
        }
    }
}
