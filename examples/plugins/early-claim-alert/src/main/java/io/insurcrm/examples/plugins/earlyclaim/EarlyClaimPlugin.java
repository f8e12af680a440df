package io.insurcrm.examples.plugins.earlyclaim;

import io.insurcrm.spi.AlertRuleFactory;
import io.insurcrm.spi.CrmPlugin;
import io.insurcrm.spi.SpiVersion;
import java.util.List;

/** Contributes the {@code early-claim} alert rule factory. Listed in {@code META-INF/services/io.insurcrm.spi.CrmPlugin}. */
public final class EarlyClaimPlugin implements CrmPlugin {

    @Override
    public String name() {
        return "insurcrm-early-claim-alert";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public SpiVersion spiVersion() {
        return new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR);
    }

    @Override
    public List<AlertRuleFactory> getAlertRuleFactories() {
        return List.of(new EarlyClaimRuleFactory());
    }
}
