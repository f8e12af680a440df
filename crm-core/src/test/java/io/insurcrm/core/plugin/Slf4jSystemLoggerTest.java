package io.insurcrm.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class Slf4jSystemLoggerTest {

    @Test
    void pluginLinesLandInTheHostsLoggingWithLevelsAndParameters() {
        Logger target = (Logger) LoggerFactory.getLogger("insurcrm.plugin.acme.sms");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        target.addAppender(appender);
        target.setLevel(Level.INFO);
        try {
            System.Logger logger = new Slf4jSystemLogger("insurcrm.plugin.acme.sms");
            assertEquals("insurcrm.plugin.acme.sms", logger.getName());
            logger.log(System.Logger.Level.INFO, "sent {0} messages in {1} ms", 3, 42);
            logger.log(System.Logger.Level.DEBUG, "not shown");
            IllegalStateException boom = new IllegalStateException("gateway 503");
            logger.log(System.Logger.Level.WARNING, "gateway unavailable", boom);
            logger.log(System.Logger.Level.ERROR, () -> "supplied");
            assertTrue(logger.isLoggable(System.Logger.Level.INFO));
            assertEquals(false, logger.isLoggable(System.Logger.Level.DEBUG));
            assertEquals(List.of("INFO sent 3 messages in 42 ms", "WARN gateway unavailable", "ERROR supplied"),
                    appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList());
            assertSame(boom, ((ThrowableProxy) appender.list.get(1).getThrowableProxy()).getThrowable());
        } finally {
            target.detachAppender(appender);
            target.setLevel(null);
        }
    }
}
