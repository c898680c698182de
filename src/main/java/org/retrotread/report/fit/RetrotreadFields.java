package org.retrotread.report.fit;

import com.garmin.fit.DeveloperDataIdMesg;
import com.garmin.fit.DeveloperField;
import com.garmin.fit.FieldDescriptionMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What FIT has no field for, in developer fields of Retrotread's own (as the FIT protocol provides): on each record
 * whether the walker was moving backward and holding the rails, on each lap the name of its block. Declared once at the
 * start of the file; a reader that does not know them skips them.
 */
final class RetrotreadFields {

    /** Retrotread's application id in FIT files: a fixed UUID, so that readers can tell its fields apart from others'. */
    static final UUID APPLICATION = UUID.fromString("5b1f0c52-7a43-4e8e-9d3a-2f6c1e0b9a71");

    private final DeveloperDataIdMesg id = new DeveloperDataIdMesg();
    private final FieldDescriptionMesg backward = description(0, "backward", Fit.BASE_TYPE_UINT8, MesgNum.RECORD);
    private final FieldDescriptionMesg onRails = description(1, "hands_on_rails", Fit.BASE_TYPE_UINT8, MesgNum.RECORD);
    private final FieldDescriptionMesg block = description(2, "block", Fit.BASE_TYPE_STRING, MesgNum.LAP);

    RetrotreadFields() {
        id.setDeveloperDataIndex((short) 0);
        byte[] bytes = APPLICATION.toString().replace("-", "").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 16; i++) {
            id.setApplicationId(i, (byte) Integer.parseInt(new String(bytes, i * 2, 2, StandardCharsets.US_ASCII), 16));
        }
        id.setApplicationVersion(1L);
    }

    /** The declarations, written before any message that carries the fields. */
    List<Mesg> declarations() {
        return List.of(id, backward, onRails, block);
    }

    void record(Mesg record, boolean movingBackward, boolean handsOnRails) {
        add(record, backward, movingBackward ? (short) 1 : (short) 0);
        add(record, onRails, handsOnRails ? (short) 1 : (short) 0);
    }

    void lap(Mesg lap, String blockName) {
        add(lap, block, blockName);
    }

    private void add(Mesg mesg, FieldDescriptionMesg description, Object value) {
        DeveloperField field = new DeveloperField(description, id);
        field.setValue(value);
        mesg.addDeveloperField(field);
    }

    private static FieldDescriptionMesg description(int number, String name, int baseType, int mesgNum) {
        FieldDescriptionMesg d = new FieldDescriptionMesg();
        d.setDeveloperDataIndex((short) 0);
        d.setFieldDefinitionNumber((short) number);
        d.setFitBaseTypeId((short) baseType);
        d.setFieldName(0, name);
        d.setNativeMesgNum(mesgNum);
        return d;
    }
}
