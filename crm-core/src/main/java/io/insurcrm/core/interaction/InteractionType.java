package io.insurcrm.core.interaction;

/** What a contact was about. */
public enum InteractionType {
    INQUIRY,
    SERVICE_REQUEST,
    CARE_CALL,
    CARE_VISIT,
    SALES,
    RENEWAL_FOLLOW_UP,
    CLAIM_SERVICE,
    COMPLAINT,
    EVENT,
    OUTBOUND_MESSAGE
}
