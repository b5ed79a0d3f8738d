/**
 * The explorer page: `npm run site` bundles this script and its modules with the package's sources
 * (src/) into one classic script, so the page works from the files, offline, and type-checks
 * against the sources on a fresh clone. It uses only the package's public exports. Its parts, by
 * job: dom.ts (elements), state.ts (the date and search in the address), sources.ts (citations),
 * judgements.ts (Ofsted), on-date.ts, search.ts, timeline-text.ts (the picture as text, downloads).
 */
import { asOf, dateInWords, SCOPE_START, version } from "../scripts/package.js";
import { $ } from "./dom.js";
import { RANGE, showDate } from "./on-date.js";
import { showSearch } from "./search.js";
import { dateInput, dateProblem, isDay, keepInAddress, onSearch, searchInput } from "./state.js";
import { downloads, timelineText } from "./timeline-text.js";

onSearch(showSearch);

// ---- Start: restore the date and the search from the address ----

const params = new URLSearchParams(location.search);
const wantedDate = params.get("date");
dateInput.min = SCOPE_START;
dateInput.max = asOf;
$("date-hint").textContent = `From ${dateInWords(SCOPE_START)}, where this record begins, to ${dateInWords(asOf)}, the day the data was last checked.`;
if (wantedDate === null) dateInput.value = asOf;
else if (isDay(wantedDate)) dateInput.value = wantedDate;
else dateInput.value = "";
searchInput.value = params.get("q") ?? "";

dateInput.addEventListener("input", () => {
  showDate();
  if (searchInput.value.trim()) showSearch(searchInput.value);
  keepInAddress();
});
searchInput.addEventListener("input", () => {
  showSearch(searchInput.value);
  keepInAddress();
});

$("about").textContent =
  `childrens-services-trusts ${version}, data as of ${dateInWords(asOf)}. Every fact is cited: open “Sources” to read the quote and follow the link.`;
showDate();
// A date in the address the page cannot read: say so in plain words, not with an empty answer.
if (wantedDate !== null && !isDay(wantedDate)) $("summary").textContent = dateProblem(wantedDate) ?? `${RANGE}.`;
if (searchInput.value.trim()) showSearch(searchInput.value);
timelineText();
downloads();
