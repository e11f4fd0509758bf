package io.minutebars.simulator.ws;

import java.util.List;

/** How an exchange writes the trades due on one connection in one tick. */
interface FrameFormat {

    List<String> frames(List<StreamSession.Due> due);
}
