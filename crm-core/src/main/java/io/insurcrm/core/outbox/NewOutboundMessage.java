package io.insurcrm.core.outbox;

import io.insurcrm.core.common.Validator;
import io.insurcrm.core.customer.CustomerId;
import io.insurcrm.spi.ContactPoint;
import java.util.Objects;

/**
 * The command to queue a message to a customer (e.g. a complaint acknowledgement).
 *
 * @param customerId     the customer it is for (its history gets an interaction when it is delivered)
 * @param channel        the configured channel to send it through, e.g. {@code sms}
 * @param template       what kind of message, e.g. {@code complaint-ack}
 * @param subject        a subject line, or null where the medium has none
 * @param body           the rendered text
 * @param idempotencyKey a natural key (queuing the same key twice is refused); null: one is made from the message id
 * @param recipient      an explicit address; null: the customer's current mobile or e-mail, whichever the channel supports
 */
public record NewOutboundMessage(CustomerId customerId, String channel, String template, String subject, String body,
        String idempotencyKey, ContactPoint recipient) {

    /** Checks the components (typed errors naming the field). */
    public NewOutboundMessage {
        Validator.start().require(customerId, "customerId").requireText(channel, "channel", 40)
                .requireText(template, "template", 100).maxLength(subject, "subject", 200)
                .requireText(body, "body", 4000).maxLength(idempotencyKey, "idempotencyKey", 200).validate();
        if (recipient != null && recipient.address().length() > 320) {
            throw new io.insurcrm.core.common.ValidationException("recipient", "maxLength", "must be at most 320 characters");
        }
    }

    /**
     * A message to the customer's own address.
     *
     * @param customerId the customer
     * @param channel    the channel
     * @param template   the template name
     * @param subject    the subject, or null
     * @param body       the text
     * @return the command
     */
    public static NewOutboundMessage to(CustomerId customerId, String channel, String template, String subject,
            String body) {
        return new NewOutboundMessage(customerId, channel, template, subject, body, null, null);
    }

    /**
     * @param key a natural idempotency key
     * @return this command with that key
     */
    public NewOutboundMessage withKey(String key) {
        return new NewOutboundMessage(customerId, channel, template, subject, body, Objects.requireNonNull(key, "key"),
                recipient);
    }

    /**
     * @param address an explicit recipient
     * @return this command with that recipient
     */
    public NewOutboundMessage withRecipient(ContactPoint address) {
        return new NewOutboundMessage(customerId, channel, template, subject, body, idempotencyKey,
                Objects.requireNonNull(address, "address"));
    }

    /** Ids only: no subject, body or address. */
    @Override
    public String toString() {
        return "NewOutboundMessage[" + template + " via " + channel + " for " + customerId + "]";
    }
}
