package io.insurcrm.analytics.rules;

import io.insurcrm.analytics.model.Alert;
import io.insurcrm.analytics.model.CustomerFacts;
import java.util.Optional;

/**
 * A rule that may raise an alert for one customer from the customer's facts. The built-in rules are
 * {@link BuiltInAlertRules#all()}; a host adds its own with a Guice multibinder in a module passed to
 * {@code InsurCrm.builder().module(...)}:
 *
 * <pre>{@code
 * Multibinder.newSetBinder(binder(), AlertRule.class).addBinding().toInstance(new MyRule());
 * }</pre>
 *
 * <p>Rules are called for every customer of the book, so they must be cheap and must not query the
 * store; what they need beyond the facts comes in the {@link AlertContext}. Ids must be unique, at
 * most 64 characters; the reason must not contain personal data.
 */
public interface AlertRule {

    String id();

    Optional<Alert> evaluate(CustomerFacts facts, AlertContext context);
}
