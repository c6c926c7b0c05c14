package org.clearance.law;

import java.time.LocalDate;

/** Finding the period a date falls in, among sorted start dates (binary search). */
public final class Periods {

    private Periods() {
    }

    /** The index of the last start on or before {@code date}, or -1 when the date is before every start. */
    public static int indexOf(LocalDate[] starts, LocalDate date) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!starts[mid].isAfter(date)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
