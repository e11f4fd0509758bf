package io.minutebars.simulator.bybit;

import io.minutebars.simulator.stream.FrameFormat;
import io.minutebars.simulator.stream.StreamSession;
import java.util.ArrayList;
import java.util.List;

/** Bybit: one publicTrade snapshot per topic and tick, up to 1024 trades each. */
final class BybitFrames implements FrameFormat {

    @Override
    public List<String> frames(List<StreamSession.Due> due) {
        List<String> frames = new ArrayList<>();
        for (StreamSession.Due d : due) {
            for (int i = 0; i < d.trades().size(); i += BybitJson.MAX_TRADES_PER_PUSH) {
                frames.add(BybitJson.publicTrade(d.market(), d.trades().subList(i,
                        Math.min(d.trades().size(), i + BybitJson.MAX_TRADES_PER_PUSH))));
            }
        }
        return frames;
    }
}
