package io.insurcrm.core.customer;

/** A member's relationship to the head of a household. */
public enum Relationship {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    SIBLING,
    GRANDPARENT,
    GRANDCHILD,
    OTHER
}
