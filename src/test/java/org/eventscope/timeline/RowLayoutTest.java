package org.eventscope.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RowLayoutTest {

    @RepeatedTest(50)
    void marksAndLabelsNeverOverlapInARow(org.junit.jupiter.api.RepetitionInfo info) {
        Random rnd = new Random(info.getCurrentRepetition());
        int n = 5 + rnd.nextInt(300);
        double[] x0 = new double[n], x1 = new double[n], want = new double[n], room = new double[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) x0[i] = rnd.nextDouble() * 1000;
        Arrays.sort(x0);
        for (int i = 0; i < n; i++) {
            x1[i] = x0[i] + (rnd.nextInt(4) == 0 ? rnd.nextDouble() * 200 : 8);
            want[i] = rnd.nextInt(5) == 0 ? 0 : 20 + rnd.nextDouble() * 150;
        }
        double gap = 6;
        int used = RowLayout.layout(n, x0, x1, want, gap, 18, 4, rows, room);
        assertTrue(used >= 1);
        for (int i = 0; i < n; i++) {
            assertTrue(rows[i] >= 0 && rows[i] < used);
            assertTrue(room[i] <= want[i] + 1e-9);
            assertTrue(room[i] == 0 || room[i] >= 18, "a label is either readable or absent");
            for (int j = i + 1; j < n; j++) {
                if (rows[i] != rows[j]) continue;
                double endI = x1[i] + (room[i] > 0 ? gap + room[i] : 0);
                double endJ = x1[j] + (room[j] > 0 ? gap + room[j] : 0);
                boolean apart = endI <= x0[j] || endJ <= x0[i];
                assertTrue(apart, "items " + i + " and " + j + " overlap in row " + rows[i]);
            }
        }
    }

    @Test
    void sparseItemsShareOneRowWithFullLabels() {
        double[] x0 = {0, 300, 600}, x1 = {8, 308, 608}, want = {100, 100, 100}, room = new double[3];
        int[] rows = new int[3];
        assertEquals(1, RowLayout.layout(3, x0, x1, want, 6, 18, 4, rows, room));
        assertArrayEquals(new double[]{100, 100, 100}, room);
    }

    @Test
    void crowdedItemsStackThenShortenLabels() {
        int n = 10;
        double[] x0 = new double[n], x1 = new double[n], want = new double[n], room = new double[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) { x0[i] = i * 40; x1[i] = x0[i] + 8; want[i] = 200; }
        int used = RowLayout.layout(n, x0, x1, want, 6, 18, 3, rows, room);
        assertTrue(used <= 3, "after the soft row limit labels are shortened instead of opening rows: " + used);
        assertTrue(Arrays.stream(room).filter(r -> r > 0 && r < 200).count() > 0);
    }
}
