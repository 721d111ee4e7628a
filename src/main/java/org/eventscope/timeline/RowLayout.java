package org.eventscope.timeline;

/**
 * Greedy row assignment so marks and labels never overlap. Items come sorted by x0; each has its mark extent
 * [x0, x1] and the width its label would like. An item goes into the first row where mark and full label fit; while
 * the lane has fewer than {@code softRows} rows a new row opens instead of squeezing; after that an item may go into a
 * row where only its mark (plus the minimum label room) fits and the label before it is cut. Finally each label gets the
 * room up to the next mark in its row.
 */
public final class RowLayout {
    private RowLayout() {}

    /**
     * @param rowOut       receives each item's row
     * @param labelRoomOut receives each item's room for its label (0 = no label), never more than its wanted width
     * @return number of rows used
     */
    public static int layout(int n, double[] x0, double[] x1, double[] labelWant, double gap, double minLabel, int softRows,
                             int[] rowOut, double[] labelRoomOut) {
        double[] rowEnd = new double[8];      // end of the last item including its full label
        double[] rowMarkEnd = new double[8];  // end of the last item's mark plus minimum label room
        int[] rowLast = new int[8];
        int rows = 0;
        for (int i = 0; i < n; i++) {
            double want = x1[i] + (labelWant[i] > 0 ? gap + labelWant[i] : 0);
            double mark = x1[i] + (labelWant[i] > 0 ? gap + Math.min(minLabel, labelWant[i]) : 0);
            int r = -1;
            for (int k = 0; k < rows; k++) if (rowEnd[k] + gap <= x0[i]) { r = k; break; }
            if (r < 0 && rows >= softRows) {
                for (int k = 0; k < rows; k++) if (rowMarkEnd[k] + gap <= x0[i]) { r = k; break; }
            }
            if (r < 0) {
                if (rows == rowEnd.length) {
                    rowEnd = java.util.Arrays.copyOf(rowEnd, rows * 2);
                    rowMarkEnd = java.util.Arrays.copyOf(rowMarkEnd, rows * 2);
                    rowLast = java.util.Arrays.copyOf(rowLast, rows * 2);
                }
                r = rows++;
                rowLast[r] = -1;
            }
            int prev = rowLast[r];
            if (prev >= 0) {
                // the previous label in this row may only run up to this mark
                double room = x0[i] - gap - (x1[prev] + gap);
                labelRoomOut[prev] = Math.min(labelRoomOut[prev], Math.max(0, room));
            }
            rowOut[i] = r;
            labelRoomOut[i] = labelWant[i];
            rowEnd[r] = want;
            rowMarkEnd[r] = mark;
            rowLast[r] = i;
        }
        for (int i = 0; i < n; i++) if (labelRoomOut[i] < minLabel) labelRoomOut[i] = 0;
        return rows;
    }
}
