package org.crmworkbench.ui.settings;

/** Where the main window was and how big, in screen coordinates, and whether it was maximized. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("window width and height must be positive, were "
                    + width + " x " + height);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("window position must be finite, was " + x + ", " + y);
        }
    }
}
