// The demo page's "Draft a timeline from an article" section: paste an article and its publication day, see the
// draft at once in a <conflict-timeline> beside it, download it as JSON. Built to demo/extract.js, a chunk the
// section loads only when it comes into view; everything runs in the page, offline.
import { extractEvents, type DraftDataset } from './index.js';

// test/fixtures/extract/haiti-2021.txt, written for the extractor's tests from the reports of 14–15 August 2021.
const SAMPLE = `Haiti earthquake: death toll rises to 1,297 as storm approaches

Rescuers in south-west Haiti dug through collapsed homes on Sunday as the death toll from Saturday's earthquake rose to 1,297, the country's civil protection agency said.

The magnitude 7.2 quake struck on Saturday morning, about 125 km west of the capital, Port-au-Prince.

At least 5,700 people were injured and more than 13,600 buildings were destroyed.

Hospitals in Les Cayes are overwhelmed. "We have no more room," a doctor said.

Prime Minister Ariel Henry declared a month-long state of emergency on Saturday.

Tropical Storm Grace is expected to reach Haiti on Monday night, bringing heavy rain that could trigger landslides.`;
const SAMPLE_PUBLISHED = '2021-08-15';

/** Fills `host` with the form and the preview, and drafts as the reader types. */
export function mountExtractDemo(host: HTMLElement): void {
  const doc = host.ownerDocument;
  host.innerHTML = `
    <form class="extract-form" onsubmit="return false">
      <label for="extract-text">Article text (its first line is read as the headline)</label>
      <textarea id="extract-text" rows="16" spellcheck="false" style="width: 100%; font: 14px/1.5 ui-monospace, monospace"></textarea>
      <p><label for="extract-published">Published</label>
      <input id="extract-published" type="date" value="${SAMPLE_PUBLISHED}">
      <button type="button" id="extract-sample">Use the sample article</button></p>
      <p><a id="extract-download" download="draft-timeline.json" href="#">Download the draft as JSON</a></p>
      <p id="extract-status" class="caption" role="status" aria-live="polite"></p>
    </form>
    <div><conflict-timeline id="extract-preview" layout="vertical" label="Draft timeline from the article"></conflict-timeline></div>`;
  const text = host.querySelector<HTMLTextAreaElement>('#extract-text')!;
  const published = host.querySelector<HTMLInputElement>('#extract-published')!;
  const status = host.querySelector<HTMLElement>('#extract-status')!;
  const download = host.querySelector<HTMLAnchorElement>('#extract-download')!;
  const preview = host.querySelector('conflict-timeline') as HTMLElement & { data: DraftDataset };
  let url = '';
  let timer = 0;

  const draft = () => {
    try {
      const dataset = extractEvents(text.value, { published: published.value || undefined });
      preview.data = dataset;
      const counted = dataset.events.filter((e) => e.dateBasis !== 'explicit').length;
      status.textContent = `${dataset.events.length} draft events (${counted} with dates worked out from the words used). Publication: ${dataset.sources[0].publishedBasis}`;
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([JSON.stringify(dataset, null, 2) + '\n'], { type: 'application/json' }));
      download.href = url;
    } catch (error) {
      status.textContent = `No draft: ${(error as Error).message}`;
    }
  };
  const later = () => { clearTimeout(timer); timer = doc.defaultView!.setTimeout(draft, 250); };
  text.addEventListener('input', later);
  published.addEventListener('input', later);
  host.querySelector('#extract-sample')!.addEventListener('click', () => {
    text.value = SAMPLE;
    published.value = SAMPLE_PUBLISHED;
    draft();
  });
  text.value = SAMPLE;
  draft();
}
