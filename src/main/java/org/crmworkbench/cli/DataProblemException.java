package org.crmworkbench.cli;

/** The input data cannot be used as asked; the message names the file, line and column or the column. Exit 3. */
final class DataProblemException extends RuntimeException {
    DataProblemException(String message) {
        super(message);
    }
}
