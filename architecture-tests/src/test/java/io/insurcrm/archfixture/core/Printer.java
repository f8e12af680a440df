package io.insurcrm.archfixture.core;

/** Breaks "the library writes no System.out" and "no java.util.logging". */
public class Printer {
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("x");

    public void print() {
        System.out.println("hello");
        JUL.info("hello");
    }
}
