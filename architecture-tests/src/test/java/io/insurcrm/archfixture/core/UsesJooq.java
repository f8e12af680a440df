package io.insurcrm.archfixture.core;

/** Breaks "only storage uses jOOQ". */
public class UsesJooq {
    public int count(org.jooq.DSLContext dsl) {
        return dsl.fetchCount(org.jooq.impl.DSL.table("t"));
    }
}
