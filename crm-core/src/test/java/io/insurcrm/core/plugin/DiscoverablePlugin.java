package io.insurcrm.core.plugin;

import io.insurcrm.spi.Channel;
import io.insurcrm.spi.ChannelContext;
import io.insurcrm.spi.ChannelFactory;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.DeliveryReceipt;
import io.insurcrm.spi.SpiVersion;
import java.util.List;
import java.util.Map;

/** A plugin found only through a {@code META-INF/services} file that the discovery test writes into a jar. */
public final class DiscoverablePlugin implements CrmPlugin {

    @Override
    public String name() {
        return "discoverable";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<ChannelFactory> getChannelFactories() {
        return List.of(new ChannelFactory() {
            @Override
            public String name() {
                return "loopback";
            }

            @Override
            public Channel create(Map<String, String> config, ChannelContext context) {
                return m -> DeliveryReceipt.accepted(m.messageId(), "loop-" + m.idempotencyKey(), context.clock().instant(), "");
            }
        });
    }

    /** A plugin built for SPI 2.0, listed in a services file to prove discovery checks versions too. */
    public static final class FromTheFuture implements CrmPlugin {
        @Override
        public String name() {
            return "from-the-future";
        }

        @Override
        public String version() {
            return "3.0.0";
        }

        @Override
        public SpiVersion spiVersion() {
            return new SpiVersion(2, 0);
        }
    }

    /** A plugin whose constructor throws. */
    public static final class Broken implements CrmPlugin {
        /** Always throws. */
        public Broken() {
            throw new IllegalStateException("boom");
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public SpiVersion spiVersion() {
            return SpiVersion.CURRENT;
        }
    }
}
