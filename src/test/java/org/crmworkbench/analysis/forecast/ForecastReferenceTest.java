package org.crmworkbench.analysis.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crmworkbench.work.Progress;
import org.junit.jupiter.api.Test;

/**
 * Agreement with statsmodels 0.13.5 on the series and numbers printed by
 * {@code src/test/resources/reference/forecast_reference.py} (run 2026-11-23).
 *
 * <p>Holt-Winters: statsmodels' {@code ExponentialSmoothing(trend='add', seasonal=...)} on {@code y[12:]} with its
 * initial states fixed ({@code fix_params}) to the classical values our {@link HoltWinters} uses, so both minimise the same sum of
 * squared one-step errors under the same bounds; ours must reach an SSE no more than 0.1% above statsmodels'.
 * SARIMAX: statsmodels maximises the exact likelihood, ours the conditional sum of squares; on 240 periods the
 * coefficients agree within 0.05.
 */
class ForecastReferenceTest {
    static final double[] MUL_SERIES = {
        855.97, 950.94, 980.60, 1017.57, 1088.26, 1031.86, 967.08, 1000.36,
        1108.06, 1205.38, 1399.36, 1788.78, 959.37, 1031.29, 1104.34, 1203.95,
        1215.05, 1181.73, 1119.73, 1082.53, 1181.86, 1363.33, 1606.70, 1942.78,
        1064.57, 1104.32, 1163.19, 1322.88, 1351.19, 1288.27, 1264.48, 1211.43,
        1378.97, 1497.90, 1876.53, 2306.01, 1240.62, 1304.10, 1320.66, 1492.91,
        1514.25, 1492.51, 1333.54, 1401.27, 1537.80, 1730.15, 2060.22, 2552.46,
        1415.19, 1438.76, 1558.45, 1709.50, 1691.76, 1630.30, 1550.30, 1533.40,
        1695.84, 1916.87, 2352.28, 2793.91, 1551.74, 1598.32, 1750.21, 1910.66,
        1955.19, 1915.26, 1831.31, 1687.21, 1922.42, 2290.45, 2608.84, 3388.96,
        1743.45, 1852.23, 1960.91, 2114.07, 2180.01, 2129.52, 2032.52, 2046.26,
        2214.81, 2380.02, 2923.72, 3658.28, 1911.52, 2118.28, 2225.10, 2400.03,
        2426.18, 2427.07, 2298.03, 2223.13, 2518.42, 2711.27, 3284.40, 4021.80,
    };
    static final double[] ADD_SERIES = {
        557.71, 595.45, 546.57, 563.43, 599.71, 594.34, 574.68, 541.46,
        460.24, 441.92, 489.34, 557.75, 652.48, 663.48, 641.31, 659.30,
        656.00, 689.02, 676.89, 622.23, 545.00, 519.95, 547.47, 638.62,
        681.21, 723.73, 708.69, 684.23, 705.07, 705.86, 696.17, 645.22,
        564.41, 535.74, 577.96, 652.38, 741.02, 770.55, 748.43, 750.98,
        741.77, 755.21, 751.11, 680.83, 624.10, 602.82, 643.40, 728.29,
        759.19, 795.88, 765.79, 758.73, 785.64, 804.06, 800.02, 744.78,
        642.64, 642.21, 638.98, 699.69, 792.49, 794.32, 781.93, 774.88,
        770.79, 798.71, 800.59, 750.02, 685.93, 634.16, 714.56, 786.66,
        848.78, 885.84, 889.03, 883.48, 890.82, 896.74, 892.67, 830.50,
        780.77, 760.20, 795.68, 890.12, 930.14, 950.71, 964.26, 944.02,
        946.21, 945.15, 951.02, 862.55, 810.24, 778.20, 806.03, 894.54,
    };
    static final double[] ARIMA_SERIES = {
        101.23, 103.01, 104.66, 104.75, 104.53, 107.41, 108.87, 109.30,
        109.51, 108.03, 107.86, 108.13, 109.16, 110.10, 109.92, 110.46,
        112.66, 117.56, 121.97, 124.53, 126.79, 128.99, 131.40, 133.27,
        133.92, 133.23, 131.31, 130.90, 133.02, 135.87, 135.22, 134.27,
        133.98, 132.97, 131.12, 130.98, 130.55, 130.06, 129.27, 128.83,
        130.43, 133.94, 135.26, 137.48, 140.68, 142.87, 144.02, 145.67,
        147.79, 148.59, 148.53, 149.08, 150.26, 152.85, 154.76, 156.58,
        158.48, 160.11, 163.00, 167.44, 170.78, 173.49, 173.81, 174.44,
        176.62, 179.58, 181.09, 181.28, 181.70, 182.83, 185.08, 189.62,
        193.22, 194.47, 193.13, 192.62, 194.67, 198.75, 198.72, 198.15,
        198.36, 198.60, 199.60, 202.61, 205.91, 207.68, 207.19, 208.02,
        208.83, 209.69, 210.79, 210.24, 208.94, 208.56, 207.98, 208.50,
        209.71, 210.86, 211.63, 214.69, 219.23, 222.17, 221.65, 220.31,
        220.66, 224.98, 229.27, 232.62, 234.63, 235.37, 235.10, 237.09,
        240.61, 244.52, 247.05, 247.67, 249.88, 254.70, 259.49, 263.55,
        266.30, 267.58, 267.12, 268.48, 270.74, 272.40, 270.90, 270.05,
        272.53, 277.76, 282.59, 286.27, 289.64, 289.91, 289.42, 289.87,
        290.97, 291.44, 288.89, 288.37, 291.23, 294.74, 300.55, 306.30,
        310.60, 312.61, 312.36, 312.60, 314.90, 317.38, 314.58, 311.34,
        312.95, 316.72, 323.76, 332.52, 339.60, 344.65, 347.52, 349.84,
        352.79, 357.67, 356.05, 353.79, 356.51, 361.26, 365.40, 370.26,
        373.95, 377.27, 377.74, 379.24, 381.12, 382.65, 378.39, 375.92,
        377.40, 380.92, 386.88, 392.49, 395.87, 396.74, 396.92, 400.04,
        404.64, 409.64, 408.22, 405.61, 407.46, 412.61, 419.97, 429.51,
        436.98, 441.75, 441.43, 442.24, 444.45, 446.70, 443.22, 439.13,
        440.93, 448.06, 455.91, 463.21, 471.39, 476.85, 477.77, 478.76,
        481.55, 484.62, 483.67, 481.23, 485.01, 493.32, 503.38, 513.70,
        521.64, 527.22, 528.73, 531.15, 534.78, 538.39, 535.78, 531.20,
        532.71, 537.86, 544.22, 551.99, 559.86, 565.80, 568.04, 570.16,
        573.34, 576.43, 574.87, 573.06, 575.75, 579.91, 585.69, 592.75,
    };

    @Test
    void holtWintersAdditiveMatchesStatsmodels() {
        // statsmodels: alpha=0.493645 beta=0.034404 gamma=0.275060 sse=26698.951610
        HoltWinters.Fitted fit = (HoltWinters.Fitted) new HoltWinters(false).fit(ADD_SERIES, 12, Progress.none());
        assertEquals(84, fit.parameters().observations());
        assertTrue(fit.parameters().sse() <= 26698.951610 * (1 + 1e-3), "sse " + fit.parameters().sse());
        double[] p = fit.smoothing();
        assertEquals(0.493645, p[0], 0.01);
        assertEquals(0.034404, p[1], 0.01);
        assertEquals(0.275060, p[2], 0.01);
    }

    @Test
    void holtWintersMultiplicativeMatchesStatsmodels() {
        // statsmodels: alpha=0.152962 beta=0.131266 gamma=0.239346 sse=229253.118048
        HoltWinters.Fitted fit = (HoltWinters.Fitted) new HoltWinters(true).fit(MUL_SERIES, 12, Progress.none());
        assertTrue(fit.parameters().sse() <= 229253.118048 * (1 + 1e-3), "sse " + fit.parameters().sse());
        double[] p = fit.smoothing();
        assertEquals(0.152962, p[0], 0.01);
        assertEquals(0.131266, p[1], 0.01);
        assertEquals(0.239346, p[2], 0.01);
    }

    @Test
    void seasonalArimaCoefficientsMatchSarimax() {
        // SARIMAX(1,1,1)(0,1,1)[12] exact ML: ar.L1=0.5215 ma.L1=0.4364 ma.S.L12=-0.5748 sigma2=1.1733
        ArimaOrders orders = new ArimaOrders(1, 1, 1, 0, 1, 1, 12, false);
        ArimaFit fit = ArimaFit.fit(ARIMA_SERIES, orders, 1, Progress.none());
        List<FittedParameters.Parameter> p = fit.parameters().parameters();
        assertEquals("ARIMA(1,1,1)(0,1,1)[12]", fit.parameters().description());
        assertEquals("ar1", p.get(0).name());
        assertEquals(0.5215, p.get(0).value(), 0.05);
        assertEquals("ma1", p.get(1).name());
        assertEquals(0.4364, p.get(1).value(), 0.05);
        assertEquals("sma1", p.get(2).name());
        assertEquals(-0.5748, p.get(2).value(), 0.05);
        assertEquals(Math.sqrt(1.1733), p.get(3).value(), 0.1);
    }
}
