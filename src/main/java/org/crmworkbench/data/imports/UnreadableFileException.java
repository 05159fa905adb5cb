package org.crmworkbench.data.imports;

/** The file's bytes are not the text or workbook they should be (wrong encoding, broken quoting, not XLSX). */
public final class UnreadableFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ImportProblem problem;

    public UnreadableFileException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    public ImportProblem problem() {
        return problem;
    }
}
