package io.insurcrm.core.interaction;

/** Where a contact with the customer happened. */
public enum InteractionChannel {
    BRANCH_COUNTER,
    CALL_CENTRE,
    WEB,
    MOBILE_APP,
    SELF_SERVICE,
    BANCASSURANCE,
    VISIT,
    LETTER,
    EMAIL,
    SMS,
    WECHAT,
    SEMINAR,
    VIP_CLUB_EVENT
}
