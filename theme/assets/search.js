/* chibo search: runs from disk (file://) as well as from a server.
   The index is a set of scripts (search/index.js, search/t-*.js,
   search/d-*.js) added with <script> elements on demand, since a page
   opened from disk cannot fetch() a file. Written for browsers from 2019:
   no optional chaining, no nullish coalescing. */
(function () {
  "use strict";

  var state = { manifest: null, terms: {}, documents: {}, loading: {}, loadedBytes: 0, searches: 0 };
  var script = document.currentScript;
  var root = script ? script.getAttribute("data-root") || "" : "";

  // Every word the page shows comes from the site's words, in its
  // language (SiteWords: results, noResults, showMore, ignoringDiacritics),
  // given on the script element as JSON (data-words).
  var said = {};
  try {
    said = JSON.parse(script && script.getAttribute("data-words") || "{}") || {};
  } catch (error) { /* a theme's page without words shows counts alone */ }

  // A sentence with its values: the count first, so that a query that
  // holds "{count}" stays as typed.
  function say(name, query, count) {
    if (typeof said[name] !== "string") { return count === undefined ? "" : String(count); }
    return said[name].split("{count}").join(String(count)).split("{query}").join(query);
  }

  window.chiboSearch = {
    manifest: function (manifest) { state.manifest = manifest; },
    terms: function (key, table) { state.terms[key] = table; },
    documents: function (number, list) { state.documents[number] = list; },
    state: state,
    search: search,
    words: words,
    queryWords: queryWords,
    last: null
  };

  // Words, terms and spellings: the same rules as SearchTokens.swift.
  var TONES = { "\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5" };
  // Letters and digits of the Latin (with Vietnamese), Greek and Cyrillic
  // scripts: written out, since browsers of 2019 do not all know \p{L}.
  var LETTERS = "0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF";
  var WORD = new RegExp("[" + LETTERS + "]+", "g");
  // Results shown at once, and again at each "show more": each loads its
  // document's shard, for the snippet.
  var BATCH = 12;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0111\u0110\u00f0\u00d0]/g, "d").toLowerCase();
  }

  function spelling(word) {
    var tone = "";
    var letters = "";
    var decomposed = word.toLowerCase().normalize("NFD");
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed.charAt(i);
      if (TONES[c]) { tone = TONES[c]; } else { letters += c; }
    }
    return letters.normalize("NFC") + tone;
  }

  // A number is the same term whatever its leading zeros (2 = 02 = 002),
  // as SearchTokens.swift indexes it.
  function withoutLeadingZeros(word) {
    return /^0[0-9]+$/.test(word) ? (word.replace(/^0+/, "") || "0") : word;
  }

  // A date or month, whatever form it is written in (5/3/2026, 05-03-2026,
  // ngày 5 tháng 3 năm 2026; 02/2027, tháng 2 năm 2027), is one more term:
  // "5/3/2026" and its month's "3/2026". The rules of SearchDates.swift.
  var DAY = 1, MONTH = 2, YEAR = 3, NUMBER = 16;
  var NONE = 0, TIGHT = 1, SPACE = 2;

  function dateRole(term) {
    if (term === "ngay") { return DAY; }
    if (term === "thang") { return MONTH; }
    if (term === "nam") { return YEAR; }
    return /^[0-9]{1,4}$/.test(term) ? NUMBER + parseInt(term, 10) : 0;
  }

  function dateLink(separator) {
    if (separator === "/" || separator === "-") { return TIGHT; }
    return /^[ \t\n\r]+$/.test(separator) ? SPACE : NONE;
  }

  // Reads a text's words one by one: the last five roles and the link
  // before each, the newest last; returns the terms of a date or month a
  // year ends.
  function DateReader() {
    this.roles = [0, 0, 0, 0, 0];
    this.links = [NONE, NONE, NONE, NONE, NONE];
  }

  DateReader.prototype.read = function (role, link) {
    var r = this.roles;
    var l = this.links;
    r.shift();
    r.push(role);
    l.shift();
    l.push(link);
    var year = role - NUMBER;
    if (year < 1000 || year > 9999) { return null; }
    var at;
    if (l[4] === TIGHT) {
      at = 3;
    } else if (l[4] === SPACE && r[3] === YEAR && l[3] === SPACE) {
      at = 2;
      // "M năm YYYY" only after "tháng": "5 năm 2026" is five years.
      if (r[1] !== MONTH || l[2] !== SPACE) { return null; }
    } else {
      return null;
    }
    var month = r[at] - NUMBER;
    if (month < 1 || month > 12) { return null; }
    var day = null;
    if (l[at] === TIGHT) {
      if (at >= 1) { day = r[at - 1] - NUMBER; }
    } else if (l[at] === SPACE && at >= 2 && r[at - 1] === MONTH && l[at - 1] === SPACE) {
      day = r[at - 2] - NUMBER;
    }
    var monthTerm = month + "/" + year;
    return day !== null && day >= 1 && day <= 31 ? [day + "/" + monthTerm, monthTerm] : [monthTerm];
  };

  // The words of a text, each date or month followed by its terms: what
  // SearchTokens.words gives in Swift (browser-test.py holds the two to
  // Tests/ChiboKitTests/Fixtures/search-words.tsv).
  function words(text) {
    var result = [];
    var dates = new DateReader();
    var re = new RegExp("[" + LETTERS + "]+", "g");
    var match;
    var end = 0;
    while ((match = re.exec(text)) !== null) {
      var separator = text.slice(end, match.index);
      end = match.index + match[0].length;
      var folded = fold(match[0]);
      if (!folded) { continue; }
      var term = withoutLeadingZeros(folded);
      result.push({ term: term, spelling: withoutLeadingZeros(spelling(match[0])), marked: folded !== match[0].toLowerCase() });
      (dates.read(dateRole(term), dateLink(separator)) || []).forEach(function (date) {
        result.push({ term: date, spelling: date, marked: false, date: true });
      });
    }
    return result;
  }

  // Words that introduce a number: "ngày 5", "tháng 2", "năm 2027", "số 42".
  var NUMBER_WORDS = { ngay: true, thang: true, nam: true, so: true };

  // A query's words. A page need not have every one: a word that introduces
  // a number is optional (a page that writes 05/03/2026, 02/2027 or
  // 42-HD/BTCTW has not left "ngày", "tháng" or "số" out), and so are a
  // date's terms, which rank the pages that write that date first.
  function queryWords(text) {
    var query = words(text);
    query.forEach(function (word, i) {
      var next = query[i + 1];
      word.optional = word.date || (NUMBER_WORDS[word.term] === true && next !== undefined && /^[0-9]+$/.test(next.term));
    });
    return query;
  }

  // The shard of a term: the longest of its first 4, 3 or 2 letters that
  // names a shard (SearchIndex.swift splits large groups).
  function shardKey(term) {
    var plain = term.replace(/[^a-z0-9]/g, "_");
    for (var length = Math.min(4, plain.length); length >= 1; length--) {
      var key = plain.slice(0, length);
      if (state.manifest.terms[key] !== undefined) { return key; }
    }
    return plain.slice(0, 2);
  }

  function load(path, bytes) {
    if (state.loading[path]) { return state.loading[path]; }
    state.loading[path] = new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = root + path;
      element.onload = function () { state.loadedBytes += bytes || 0; resolve(); };
      element.onerror = function () { reject(new Error("cannot load " + path)); };
      document.head.appendChild(element);
    });
    return state.loading[path];
  }

  function loadManifest() {
    return state.manifest ? Promise.resolve() : load("search/index.js", 0);
  }

  function loadTerms(keys) {
    var waits = [];
    keys.forEach(function (key) {
      if (state.terms[key] || state.manifest.terms[key] === undefined) { return; }
      waits.push(load("search/t-" + key + ".js", state.manifest.terms[key]));
    });
    return Promise.all(waits);
  }

  function loadDocuments(numbers) {
    var per = state.manifest.documentsPerShard;
    var shards = {};
    numbers.forEach(function (n) { shards[Math.floor(n / per)] = true; });
    return Promise.all(Object.keys(shards).map(function (shard) {
      return state.documents[shard] ? null : load("search/d-" + shard + ".js", state.manifest.documentShards[shard]);
    }));
  }

  function documentAt(n) {
    var per = state.manifest.documentsPerShard;
    return state.documents[Math.floor(n / per)][n % per];
  }

  // A term's postings come as one string of base-32 digits (PostingDigits
  // in SearchIndex.swift): upper-case letters, 6-9, + and / are a number's
  // higher digits, lower-case letters and 0-5 its last. A string costs the
  // browser almost nothing to load, where an array of numbers is parsed
  // number by number. Read into numbers once, when a query first needs them.
  var DIGITS = (function () {
    var table = new Int8Array(128);
    var last = "abcdefghijklmnopqrstuvwxyz012345";
    var more = "ABCDEFGHIJKLMNOPQRSTUVWXYZ6789+/";
    for (var i = 0; i < 32; i++) {
      table[last.charCodeAt(i)] = i;
      table[more.charCodeAt(i)] = 32 + i;
    }
    return table;
  })();

  function numbersOf(entry) {
    if (typeof entry[1] !== "string") { return entry[1]; }
    var text = entry[1];
    var numbers = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS[text.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
      } else {
        numbers.push(value * 32 + digit);
        value = 0;
      }
    }
    entry[1] = numbers;
    return numbers;
  }

  // Calls visit(document, weight, spelled) for every page that has the
  // term; spelled when the page writes it in a spelling that passes
  // `test` (the query's spelling, or for a word being typed, its start).
  function eachPosting(term, test, visit) {
    var table = state.terms[shardKey(term)];
    var entry = table && table[term];
    if (!entry) { return; }
    var forms = entry[0] || [];
    var marked = forms.length > 1;
    var bits = 0;
    for (var f = 0; f < forms.length && f < 31; f++) {
      if (test(forms[f])) { bits |= 1 << f; }
    }
    // A term written in one spelling, or only as itself ("0" in the
    // index), has no spelling bits in its postings.
    var always = forms.length === 1 ? test(forms[0]) : forms.length === 0 && test(term);
    var numbers = numbersOf(entry);
    var step = marked ? 3 : 2;
    var at = 0;
    for (var i = 0; i < numbers.length; i += step) {
      at += numbers[i];
      visit(at, numbers[i + 1], marked ? (numbers[i + 2] & bits) !== 0 : always);
    }
  }

  function spelledAs(spelling) {
    return function (form) { return form === spelling; };
  }

  // A word being typed with diacritics ("hó", "dẫ") stands for the words
  // that start with its letters and marks and carry its tone, if it has
  // one: "hóa" is not the start of "hoạt". A spelling is its letters and
  // then its tone as a digit (SearchTokens.swift).
  function startsAs(spelling) {
    var tone = /[^0-9][1-5]$/.test(spelling) ? spelling.slice(-1) : "";
    var letters = tone ? spelling.slice(0, -1) : spelling;
    return function (form) {
      var formTone = /[^0-9][1-5]$/.test(form) ? form.slice(-1) : "";
      return form.lastIndexOf(letters, 0) === 0 && (!tone || formTone === tone);
    };
  }

  function any() { return true; }

  // Terms of the shard that start with a prefix, for the word being typed.
  function expansions(prefix) {
    var table = state.terms[shardKey(prefix)] || {};
    var result = [];
    for (var term in table) {
      // A date's terms ("5/3/2026") are not words being typed.
      if (term !== prefix && term.lastIndexOf(prefix, 0) === 0 && term.indexOf("/") < 0) { result.push(term); }
      if (result.length >= 40) { break; }
    }
    return result;
  }

  // A posting's weight (SearchIndex.Field): occurrences in the text
  // (0–15) and flags for a heading (16), the title (32), a symbol or name
  // (64), a directive's subject line (128); then, for a word of the title,
  // the title's length in terms (times 256).
  function strength(weight) {
    var count = weight & 15;
    return count / (count + 1.5) + (weight & 16 ? 0.6 : 0) + (weight & 32 ? 2 : 0) + (weight & 64 ? 2.5 : 0)
      + (weight & 128 ? 2.5 : 0);
  }

  // The pages for a query, best first, and how many of them come before
  // those that match only without diacritics.
  function rank(query) {
    var total = state.manifest.documents;
    var required = query.filter(function (word) { return !word.optional; }).length;
    var last = -1;
    query.forEach(function (word, position) { if (!word.date) { last = position; } });
    // One slot per page, in typed arrays: a query touches thousands.
    var words = new Uint8Array(total);
    var titled = new Uint8Array(total);
    var exact = new Uint8Array(total);
    var folded = new Uint8Array(total);
    var score = new Float64Array(total);
    var reached = new Uint8Array(total);
    var seenAt = new Int32Array(total);
    var titledAt = new Int32Array(total);
    var subjects = new Uint8Array(total);
    var subjectAt = new Int32Array(total);
    var exactAt = new Int32Array(total);
    // Per page, the query's distinct terms in its title, and the title's
    // length in terms: a title made of query words only is the page named.
    var inTitle = new Uint8Array(total);
    var titleLength = new Uint8Array(total);
    var counted = {};
    var touched = [];
    query.forEach(function (word, position) {
      var distinct = !word.optional && !counted[word.term];
      counted[word.term] = true;
      var lists = [{ term: word.term, factor: 1, test: spelledAs(word.spelling) }];
      if (position === last && word.term.length >= 3) {
        var test = word.marked ? startsAs(word.spelling) : any;
        expansions(word.term).forEach(function (term) { lists.push({ term: term, factor: 0.5, test: test }); });
      }
      var stamp = position + 1;
      // The pages that have this very word: those among them that do not
      // spell it as typed match only without diacritics.
      var judged = [];
      lists.forEach(function (list) {
        var table = state.terms[shardKey(list.term)];
        var entry = table && table[list.term];
        var count = entry ? numbersOf(entry).length / ((entry[0] || []).length > 1 ? 3 : 2) : 0;
        var idf = Math.log(1 + total / Math.max(count, 1));
        eachPosting(list.term, list.test, function (doc, weight, isExact) {
          // A word being typed reaches only the words it can start.
          if (list.factor < 1 && !isExact) { return; }
          if (!reached[doc]) {
            reached[doc] = 1;
            touched.push(doc);
          }
          if (word.optional) {
            // An optional word typed with diacritics counts only as typed
            // ("năm 2027" gains nothing from "Việt Nam"); a date's term
            // counts as the numbers it joins.
            var factor = word.date ? word.term.split("/").length : 1;
            if (!word.marked || isExact) { score[doc] += factor * list.factor * idf * strength(weight); }
            return;
          }
          if (word.marked && isExact && list.factor === 1 && exactAt[doc] !== stamp) {
            exactAt[doc] = stamp;
            exact[doc] += 1;
          }
          if (weight & 32) {
            titleLength[doc] = (weight >> 8) & 15;
            if (distinct && list.factor === 1) { inTitle[doc] += 1; }
          }
          if (seenAt[doc] !== stamp) {
            seenAt[doc] = stamp;
            words[doc] += 1;
          }
          if ((weight & 96) && titledAt[doc] !== stamp) {
            titledAt[doc] = stamp;
            titled[doc] += 1;
          }
          if ((weight & 224) && subjectAt[doc] !== stamp) {
            subjectAt[doc] = stamp;
            subjects[doc] += 1;
          }
          if (list.factor === 1 && word.marked) { judged.push(doc); }
          score[doc] += list.factor * idf * strength(weight);
        });
      });
      judged.forEach(function (doc) { if (exactAt[doc] !== stamp) { folded[doc] = 1; } });
    });
    var every = touched.filter(function (doc) { return words[doc] === required; });
    var chosen = every.length ? every : touched;
    // The order, most telling first: pages that spell the query's words as
    // typed (all of them, for a query typed without diacritics); pages with
    // more of its words; those whose title, symbols or names have every
    // word, then those where a directive's subject line adds the rest;
    // those whose whole title is query words ("chi bộ hợp tác xã", the
    // cell type's page, before packs titled with more words); pages with
    // more words spelled as typed; then by score. All but the score in one
    // number per page, made once: a query may sort thousands.
    var rankOf = new Float64Array(total);
    chosen.forEach(function (doc) {
      var heading = titled[doc] === required ? 2 : subjects[doc] === required ? 1 : 0;
      var named = titleLength[doc] > 0 && inTitle[doc] >= titleLength[doc] ? 1 : 0;
      rankOf[doc] = (1 - folded[doc]) * 1e9 + words[doc] * 1e6 + heading * 1e4 + named * 1e3 + exact[doc];
    });
    chosen.sort(function (a, b) { return rankOf[b] - rankOf[a] || score[b] - score[a] || a - b; });
    var spelled = 0;
    while (spelled < chosen.length && !folded[chosen[spelled]]) { spelled++; }
    return { documents: chosen, spelled: spelled };
  }

  // Where the query's words stand in a text, by folding it letter by letter
  // (an NFC letter folds to one letter, so places carry over).
  function matches(text, query) {
    var folded = fold(text);
    var places = [];
    if (folded.length !== text.length) { return places; }
    var re = new RegExp("[" + LETTERS + "]+", "g");
    var match;
    while ((match = re.exec(folded)) !== null) {
      var word = withoutLeadingZeros(match[0]);
      for (var i = 0; i < query.length; i++) {
        var term = query[i].term;
        var last = i === query.length - 1 && term.length >= 3;
        if (word === term || (last && word.lastIndexOf(term, 0) === 0)) {
          places.push([match.index, match.index + match[0].length]);
          break;
        }
      }
    }
    return places;
  }

  // Text with the query's words marked, into an element.
  function appendMarked(element, text, query, start, end) {
    var at = start;
    matches(text, query).forEach(function (place) {
      if (place[0] < start || place[1] > end) { return; }
      element.appendChild(document.createTextNode(text.slice(at, place[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(place[0], place[1]);
      element.appendChild(mark);
      at = place[1];
    });
    element.appendChild(document.createTextNode(text.slice(at, end)));
  }

  // A passage around the first query word; a short text (a directive's
  // subject line, an organisation's level and parents) whole.
  function snippet(text, query) {
    var places = matches(text, query);
    var whole = text.length <= 300;
    var start = places.length && !whole ? Math.max(0, places[0][0] - 60) : 0;
    var end = whole ? text.length : Math.min(text.length, start + 220);
    var paragraph = document.createElement("p");
    paragraph.className = "search-snippet";
    if (start > 0) { paragraph.appendChild(document.createTextNode("… ")); }
    appendMarked(paragraph, text, query, start, end);
    if (end < text.length) { paragraph.appendChild(document.createTextNode(" …")); }
    return paragraph;
  }

  // The first heading that holds a query word: the result links there.
  function anchorFor(headings, query) {
    for (var i = 0; i < headings.length; i++) {
      if (matches(headings[i][0], query).length) { return "#" + headings[i][1]; }
    }
    return "";
  }

  function search(text) {
    var started = performance.now();
    var query = queryWords(text);
    var output = document.getElementById("search-results");
    if (!query.length) {
      output.textContent = "";
      return Promise.resolve([]);
    }
    var bytesBefore = state.loadedBytes;
    var phases = {};
    function mark(name) { phases[name] = Math.round(performance.now() - started); }
    var status = document.getElementById("search-status");
    return loadManifest().then(function () {
      mark("manifest");
      var keys = {};
      query.forEach(function (word) { keys[shardKey(word.term)] = true; });
      return loadTerms(Object.keys(keys));
    }).then(function () {
      mark("terms");
      var ranked = rank(query);
      mark("ranked");
      var count = ranked.documents.length;
      if (status) { status.textContent = count ? say("results", text, count) : say("noResults", text, 0); }
      var results = new ResultLists(output, ranked, query);
      return results.showMore().then(function () {
        mark("documents");
        window.chiboSearch.shownAt = results.firstShownAt || performance.now();
        if (phases.first === undefined && results.firstShownAt) { phases.first = Math.round(results.firstShownAt - started); }
        window.chiboSearch.last = {
          query: text, results: count, spelled: ranked.spelled, shown: results.shown,
          milliseconds: phases.first === undefined ? performance.now() - started : phases.first,
          phases: phases, bytesLoaded: state.loadedBytes - bytesBefore
        };
        return ranked.documents.slice(0, results.shown);
      });
    });
  }

  // The results in the output element: a list of the pages that spell the
  // query as typed, then, under a heading, a list of those that match only
  // without diacritics; BATCH at a time, and a button for the next batch.
  function ResultLists(output, ranked, query) {
    this.output = output;
    this.ranked = ranked;
    this.query = query;
    this.shown = 0;
    this.firstShownAt = 0;
    this.spelledList = null;
    this.foldedList = null;
    this.button = null;
    // A search typed after this one takes the output over: this one's
    // late results are dropped.
    this.number = ++state.searches;
    output.textContent = "";
  }

  ResultLists.prototype.list = function (index) {
    if (index < this.ranked.spelled) {
      if (!this.spelledList) { this.spelledList = this.newList(1); }
      return this.spelledList;
    }
    if (!this.foldedList) {
      var heading = document.createElement("h2");
      heading.className = "search-group";
      heading.textContent = say("ignoringDiacritics", "", this.ranked.documents.length - this.ranked.spelled);
      this.output.insertBefore(heading, this.button);
      this.foldedList = this.newList(this.ranked.spelled + 1);
    }
    return this.foldedList;
  };

  // A list numbered from `start`, before the button if there is one.
  ResultLists.prototype.newList = function (start) {
    var list = document.createElement("ol");
    list.className = "search-list";
    if (start > 1) { list.start = start; }
    this.output.insertBefore(list, this.button);
    return list;
  };

  // Shows the next batch: every result's document shard loads at once, and
  // each result is shown as soon as it and those above it are in, the first
  // one first. Resolves with the batch's first link once all are shown.
  ResultLists.prototype.showMore = function () {
    var self = this;
    var documents = this.ranked.documents;
    var from = this.shown;
    var to = Math.min(documents.length, from + BATCH);
    var first = null;
    var shown = Promise.resolve();
    documents.slice(from, to).forEach(function (doc, offset) {
      var loaded = loadDocuments([doc]);
      shown = shown.then(function () { return loaded; }).then(function () {
        if (self.number !== state.searches) { return; }
        var item = resultItem(documentAt(doc), self.query);
        self.list(from + offset).appendChild(item);
        if (!first) { first = item.querySelector("a"); }
        if (!self.firstShownAt) { self.firstShownAt = performance.now(); }
      });
    });
    return shown.then(function () {
      self.shown = to;
      if (self.number === state.searches) { self.updateButton(); }
      return first;
    });
  };

  // "Show N more" after the lists while results are left; gone after the
  // last batch. A button, so that Tab and Enter (or Space) reach it.
  ResultLists.prototype.updateButton = function () {
    var self = this;
    var left = this.ranked.documents.length - this.shown;
    if (left <= 0) {
      if (this.button) { this.output.removeChild(this.button); }
      this.button = null;
      return;
    }
    if (!this.button) {
      this.button = document.createElement("button");
      this.button.type = "button";
      this.button.className = "search-more";
      this.button.addEventListener("click", function () {
        self.button.disabled = true;
        self.showMore().then(function (link) {
          // Keyboard readers carry on from the first new result.
          if (link) { link.focus(); }
          if (self.button) { self.button.disabled = false; }
        });
      });
      this.output.appendChild(this.button);
    }
    this.button.textContent = say("showMore", "", Math.min(BATCH, left));
  };

  function resultItem(doc, query) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = doc[0] + anchorFor(doc[3], query);
    appendMarked(link, doc[1], query, 0, doc[1].length);
    item.appendChild(link);
    var kind = document.createElement("span");
    kind.className = "detail";
    kind.textContent = " " + doc[2];
    item.appendChild(kind);
    item.appendChild(snippet(doc[4], query));
    return item;
  }

  // The search page: run the query of the address (search.html?q=…), as
  // you type, and move through results with the arrow keys.
  function start() {
    var input = document.getElementById("search-input");
    var output = document.getElementById("search-results");
    if (!input || !output) { return; }
    var params = new URLSearchParams(window.location.search);
    var initial = params.get("q") || "";
    input.value = initial;
    if (initial) { search(initial); }
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
        }
        search(input.value);
      }, 120);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
      var links = Array.prototype.slice.call(output.querySelectorAll("a, button"));
      if (!links.length) { return; }
      var at = links.indexOf(document.activeElement);
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) { input.focus(); } else if (next < links.length) { links[next].focus(); }
      event.preventDefault();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
