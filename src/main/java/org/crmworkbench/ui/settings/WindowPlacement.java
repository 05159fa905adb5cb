package org.crmworkbench.ui.settings;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main window where it was last time (if that place is still on a screen) and keeps track of its
 * normal, un-maximized bounds so they can be saved on exit.
 */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    static final double MIN_WIDTH = 960;
    static final double MIN_HEIGHT = 620;

    private final Stage stage;
    private WindowBounds normal;

    public WindowPlacement(Stage stage) {
        this.stage = stage;
        stage.xProperty().addListener(observable -> remember());
        stage.yProperty().addListener(observable -> remember());
        stage.widthProperty().addListener(observable -> remember());
        stage.heightProperty().addListener(observable -> remember());
    }

    /** Applies saved bounds, or a comfortable default size centred on the primary screen. */
    public void restore(Optional<WindowBounds> saved) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Optional<WindowBounds> usable = saved.filter(WindowPlacement::isOnSomeScreen);
        if (usable.isPresent()) {
            WindowBounds bounds = usable.get();
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(Math.max(MIN_WIDTH, bounds.width()));
            stage.setHeight(Math.max(MIN_HEIGHT, bounds.height()));
            stage.setMaximized(bounds.maximized());
            normal = new WindowBounds(bounds.x(), bounds.y(), bounds.width(), bounds.height(), false);
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.max(Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.92), 200));
            stage.setHeight(Math.max(Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92), 200));
            stage.centerOnScreen();
        }
    }

    /** The last normal bounds, flagged maximized if the window is maximized now. */
    public Optional<WindowBounds> current() {
        remember();
        if (normal == null) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(normal.x(), normal.y(), normal.width(), normal.height(),
                stage.isMaximized()));
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        double x = stage.getX();
        double y = stage.getY();
        double width = stage.getWidth();
        double height = stage.getHeight();
        if (Double.isFinite(x) && Double.isFinite(y) && width > 0 && height > 0) {
            normal = new WindowBounds(x, y, width, height, false);
        }
    }

    private static boolean isOnSomeScreen(WindowBounds bounds) {
        // at least the title bar area must be visible somewhere
        return !Screen.getScreensForRectangle(bounds.x() + 40, bounds.y(), Math.max(1, bounds.width() - 80), 40)
                .isEmpty();
    }
}
