package org.incidentatlas.map.density;

/**
 * A kernel density surface over one map view: each incident spreads its weight over the ground around it with a
 * Gaussian kernel (sigma a third of the radius, nothing beyond the radius), in incidents (or killed) per 100 km².
 *
 * <p>How: the points are binned into square cells of the view (plus a margin of one radius, so incidents just
 * outside it still count), a cell being small against the radius (a twelfth of it, at least {@value #MIN_CELL}
 * px), and the binned grid is smoothed with the kernel in two passes, rows then columns (a Gaussian is the product
 * of two one-dimensional ones). The cost is one pass over the points plus cells times 2 x 25 taps at most,
 * whatever the zoom: far in, the cells grow with the radius; far out, a kernel smaller than a cell leaves each
 * incident in its cell. Distances are those at the view's middle latitude, as on the scale bar. The kernel is
 * normalised on the grid, so the values summed over the cells times their area give back the weight binned.
 */
public final class HeatGrid {

    /** The smallest cell, in screen pixels: finer shows nothing more and costs four times as much. */
    static final double MIN_CELL = 3;
    /** Cells per radius at most: bounds the kernel to 2 x 12 + 1 taps. */
    static final int CELLS_PER_RADIUS = 12;
    private static final double KM2_PER_UNIT = 100;

    private final double cell;
    private final int cols;
    private final int rows;
    private final double[] values;
    private final double max;

    private HeatGrid(double cell, int cols, int rows, double[] values, double max) {
        this.cell = cell;
        this.cols = cols;
        this.rows = rows;
        this.values = values;
        this.max = max;
    }

    /** The density of {@code points} over view {@code v} with a kernel of {@code radiusKm}. */
    public static HeatGrid compute(WeightedPoints points, ViewBox v, double radiusKm) {
        double mpp = v.metresPerPixel();
        double radiusPx = radiusKm * 1000 / mpp;
        double cell = Math.max(MIN_CELL, radiusPx / CELLS_PER_RADIUS);
        int reach = (int) Math.floor(radiusPx / cell + 1e-9); // taps each side
        int cols = (int) Math.ceil(v.width() / cell);
        int rows = (int) Math.ceil(v.height() / cell);
        int gw = cols + 2 * reach;
        int gh = rows + 2 * reach;
        double[] bins = new double[gw * gh];
        double scale = v.scale();
        double left = v.originX() - reach * cell;
        double top = v.originY() - reach * cell;
        double[] x = points.x;
        double[] y = points.y;
        double[] w = points.w;
        for (int i = 0; i < x.length; i++) {
            double cx = (x[i] * scale - left) / cell;
            double cy = (y[i] * scale - top) / cell;
            if (cx >= 0 && cy >= 0 && cx < gw && cy < gh && w[i] != 0) {
                bins[(int) cy * gw + (int) cx] += w[i];
            }
        }
        double[] kernel = kernel(reach, cell, radiusPx);
        double[] across = new double[gw * rows];
        // columns first (only the rows that are in the view are needed afterwards)
        for (int r = 0; r < rows; r++) {
            int gr = r + reach;
            for (int c = 0; c < gw; c++) {
                double s = 0;
                for (int k = -reach; k <= reach; k++) {
                    s += bins[(gr + k) * gw + c] * kernel[k + reach];
                }
                across[r * gw + c] = s;
            }
        }
        double cellKm2 = (cell * mpp / 1000) * (cell * mpp / 1000);
        double toDensity = KM2_PER_UNIT / cellKm2;
        double[] values = new double[cols * rows];
        double max = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double s = 0;
                int base = r * gw + c; // column c of the view is column c + reach of the grid
                for (int k = 0; k <= 2 * reach; k++) {
                    s += across[base + k] * kernel[k];
                }
                double d = s * toDensity;
                values[r * cols + c] = d;
                max = Math.max(max, d);
            }
        }
        return new HeatGrid(cell, cols, rows, values, max);
    }

    /** The one-dimensional kernel at whole cells from the centre, summing to 1 (so the 2-D one does too). */
    static double[] kernel(int reach, double cell, double radiusPx) {
        double sigma = radiusPx / 3;
        double[] k = new double[2 * reach + 1];
        double sum = 0;
        for (int i = -reach; i <= reach; i++) {
            double d = i * cell;
            k[i + reach] = reach == 0 ? 1 : Math.exp(-d * d / (2 * sigma * sigma));
            sum += k[i + reach];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }

    /** A cell's side in screen pixels; cell (0, 0) has its top-left corner at the view's top-left corner. */
    public double cell() {
        return cell;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** The density at cell (col, row), per 100 km². */
    public double value(int col, int row) {
        return values[row * cols + col];
    }

    /** The highest density in the view, per 100 km² (0 when nothing is near). */
    public double max() {
        return max;
    }

    /** The area of one cell on the ground, in km², at the view's middle latitude. */
    public static double cellKm2(ViewBox v, double cell) {
        double side = cell * v.metresPerPixel() / 1000;
        return side * side;
    }
}
