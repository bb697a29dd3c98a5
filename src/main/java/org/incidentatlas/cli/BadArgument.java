package org.incidentatlas.cli;

/**
 * A flag's value the user got wrong, worded for one line on stderr: the flag, the value and what is accepted.
 * Thrown while the arguments are parsed (by the option setters) or once the dataset is known (an unknown type).
 */
final class BadArgument extends Exception {

    private static final long serialVersionUID = 1L;

    BadArgument(String message) {
        super(message, null, false, false);
    }
}
