package io.minutebars.simulator.stream;

import java.util.List;

/** How an exchange writes the trades due on one connection in one tick. */
public interface FrameFormat {

    List<String> frames(List<StreamSession.Due> due);
}
