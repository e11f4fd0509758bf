package io.minutebars.simulator.ws;

import io.minutebars.simulator.service.BitmexJson;
import java.util.List;

/** BitMEX: one {@code trade} table insert per topic and tick. */
final class BitmexFrames implements FrameFormat {

    @Override
    public List<String> frames(List<StreamSession.Due> due) {
        return due.stream().map(d -> BitmexJson.insert(d.market(), d.trades())).toList();
    }
}
