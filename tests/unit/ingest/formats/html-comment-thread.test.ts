import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../../../electron/ingest/formats/html-page.js';

// Invented copy: a local news page in German with a readers' comment thread under the story.
const STORY = [
  'Die Stadt hat am Freitag den neuen Spielplatz am Nordufer eröffnet, nach zwei Jahren Planung und einem Jahr Bauzeit.',
  'Rund ein Drittel der Baustoffe stammt aus dem alten Parkhaus, das im vergangenen Winter abgerissen wurde, sagte die Bürgermeisterin.',
  'Kinder aus drei Schulen hatten die Geräte in einer Umfrage ausgewählt, darunter eine Seilbahn und ein Kletterturm aus Holz.',
  'Die Kosten von rund 560.000 Euro tragen Bund, Land und Stadt gemeinsam, aus dem Programm für die Erneuerung alter Wohnviertel.',
  'Im Frühjahr sollen am Rand der Anlage noch dreißig Bäume gepflanzt werden, die im Sommer Schatten für die Sandkästen spenden.',
];
// A reader's comment as long as the story's paragraphs, so it scores like copy and only its thread gives it away.
const COMMENT = [
  'Schön und gut, aber warum gibt es dort immer noch keine Toiletten, keine Bänke im Schatten und keinen Trinkbrunnen für die Eltern?',
  'Wer im Sommer mit kleinen Kindern, Kinderwagen und Einkäufen dort ist, merkt schnell, dass an die Erwachsenen niemand gedacht hat, leider.',
  'Ich hoffe, die Stadt bessert nach, bevor die nächste Saison beginnt, und fragt diesmal auch die Eltern, nicht nur die Planer.',
].join('<br />\n<br />\n');

function page(story: string): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neuer Spielplatz am Nordufer | Stadtblatt</title></head>
<body><div id="content">${story}
<div class="kommentare"><div class="rubrik">Kommentare</div>
<div class="kommentar-item"><div class="benutzer">Leser42</div><div class="datum">06.11.2023, 13.47 Uhr</div><h5>Und die Toiletten?</h5><div class="kommentar-text">${COMMENT}</div></div>
<a class="btn" href="/kommentare/neu">Kommentar hinzufügen</a></div></div></body></html>`;
}

describe("a readers' comment thread in the desk's languages", () => {
  it('is not part of the story (a German `kommentare` thread, as Readability drops an English `comments` one)', () => {
    // Copy written as lines between <br> tags, the way many local news systems print it, around a photo box.
    const html = page(`<h1>Neuer Spielplatz am Nordufer</h1><div class="news-text">${STORY[0]}<br />
<br /><div class="photo"><img src="/img/spielplatz.jpg" alt=""></div>${STORY[1]}<br />
<br />${STORY[2]}<br />
<br />${STORY[3]}<br />
<br />${STORY[4]}<br /></div>`);
    expect(parseHtmlPage(html).blocks).toEqual(STORY);
  });

  it('keeps an opinion piece marked `kommentar` in the singular: that is copy', () => {
    const html = page(`<article class="kommentar">${STORY.map((t) => `<p>${t}</p>`).join('')}</article>`);
    expect(parseHtmlPage(html).blocks).toEqual(expect.arrayContaining(STORY));
  });
});
