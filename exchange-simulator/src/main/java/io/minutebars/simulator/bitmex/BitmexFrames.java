package io.minutebars.simulator.bitmex;

import io.minutebars.simulator.stream.FrameFormat;
import io.minutebars.simulator.stream.StreamSession;
import java.util.List;

/** BitMEX: one {@code trade} table insert per topic and tick. */
final class BitmexFrames implements FrameFormat {

    @Override
    public List<String> frames(List<StreamSession.Due> due) {
        return due.stream().map(d -> BitmexJson.insert(d.market(), d.trades())).toList();
    }
}
