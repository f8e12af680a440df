package io.insurcrm.archfixture.core;

/** Breaks "exceptions are named ...Exception". */
public class Oops extends RuntimeException {
    private static final long serialVersionUID = 1L;
}
