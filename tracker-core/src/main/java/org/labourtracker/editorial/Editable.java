package org.labourtracker.editorial;

/** A stream whose records can be corrected, retracted, merged and made confidential. */
public interface Editable {

    RecordLog records();
}
