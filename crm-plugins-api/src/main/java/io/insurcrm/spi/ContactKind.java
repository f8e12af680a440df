package io.insurcrm.spi;

/** The kind of address a {@link ContactPoint} holds, i.e. what a channel needs to reach someone. */
public enum ContactKind {
    /** A mobile number, for SMS or voice. */
    MOBILE,
    /** An e-mail address. */
    EMAIL,
    /** A messaging-app account id, e.g. a WeChat OpenID. */
    MESSENGER,
    /** A postal address on one line. */
    POSTAL,
    /** Anything else a custom channel understands. */
    OTHER
}
