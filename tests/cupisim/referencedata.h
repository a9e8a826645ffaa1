// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixed reference data of the simulated server: the language map, the installed languages and the
// time zones, read from the CSV files of data/ (in the resources: never the machine's tzdata).

namespace CupiSim {

class Store;
// Fills the language map, installed languages and time zones of `store`.
void addReferenceData(Store &store);

} // namespace CupiSim
