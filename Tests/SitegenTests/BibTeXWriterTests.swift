import BibTeX
import Diagnostics
import Testing

/// The BibTeX written back from a read entry: exact text for the usual kinds of entry, and the
/// round trip (written, read back, the same entry) for every entry of the tricky files.
@Suite struct BibTeXWriterTests {
    static func written(_ text: String, key: String) -> String {
        guard let entry = BibTeXReader.read(text, path: "a.bib").entries.first(where: { $0.key == key }) else { return "no entry \(key)" }
        return BibTeXWriter.write(entry)
    }

    /// Values the reader can hold that BibTeX gives meaning to, and keys from its whole range.
    static let tricky = #"""
        @misc(paren}key, title = {A key with a brace}, year = 2020)
        @MISC{ünï:a/b+c.d-e, title = {Ünïcode {Tïtle} — ‽ 日本}, year = 2021, author = {Łukasz, Ż.}}
        @misc{specials, title = {at @ sign, 100% and a "quote" and \"u and # and \% and a = b}, year = "2019", note = "a {"} b" # {c}}
        @misc{empty, title = {}, year = {}, note = ""}
        @misc{months, month = jan, year = 2020, title = {M}, date = 2020 # "-" # dec}
        @webpage{other, title = {Unknown type}, year = 2018, urldate = {2024-01-02}}
        @misc{deep, title = "x \#(String(repeating: "{", count: 256))deep\#(String(repeating: "}", count: 256)) y", year = 2017}
        @misc{deepmix, title = {a"} # "\#(String(repeating: "{", count: 256))d\#(String(repeating: "}", count: 256))" # { b}, year = 2017}
        @misc{nofields}
        @misc{siteonly, pdf = {a.pdf}, selected = {true}}
        @misc{child, crossref = {specials}, xdata = {nothing}, xref = {specials}, pages = {1}}
        """#

    @Test func anArticleInTheFixedOrderWithMacrosExpandedAndUnknownFieldsLastAlphabetically() {
        let text = #"""
            @String{jmlr = "Journal of Machine Learning Research"}
            @Article{Smith:2020/a+b,
              Title = "The {ReLU} Network",
              Zzz = {last}, bdsk-url-1 = {x},
              Author = {M{\"u}ller, J. and Smith, A.},
              journal = jmlr, Year = 2020, Month = mar,
              volume = 21, number = {3}, pages = "1--10",
              Keywords = {deep   learning},
              DOI = {10.1000/xyz}, url = {https://example.org/a%20b},
              note = {a "quoted" word @ 50% off},
            }
            """#
        #expect(Self.written(text, key: "Smith:2020/a+b") == #"""
            @article{Smith:2020/a+b,
              author = {M{\"u}ller, J. and Smith, A.},
              title = {The {ReLU} Network},
              journal = {Journal of Machine Learning Research},
              volume = {21},
              number = {3},
              pages = {1--10},
              year = {2020},
              month = mar,
              note = {a "quoted" word @ 50% off},
              doi = {10.1000/xyz},
              url = {https://example.org/a%20b},
              keywords = {deep learning},
              bdsk-url-1 = {x},
              zzz = {last}
            }

            """#)
    }

    @Test func aCrossrefdPaperWithItsInheritedFieldsAsItsOwnAndNoCrossref() {
        let text = """
            @InProceedings{doe21, title = {Child paper}, author = {Doe, Jane}, pages = {5--9}, crossref = {proc21}}
            @proceedings{proc21, title = {Proceedings of Things}, editor = {Roe, Rich}, year = 2021,
              publisher = {ACM}, address = {Paris}, pdf = {proc.pdf}, shorttitle = {PoT}}
            """
        #expect(Self.written(text, key: "doe21") == """
            @inproceedings{doe21,
              author = {Doe, Jane},
              editor = {Roe, Rich},
              title = {Child paper},
              booktitle = {Proceedings of Things},
              pages = {5--9},
              publisher = {ACM},
              address = {Paris},
              year = {2021}
            }

            """)
    }

    @Test func anAlFolioEntryLosesItsSiteFieldsByNameAndKeepsAbstractAndIdentifiers() {
        let text = """
            @inproceedings{vaswani2017,
              abbr = {NeurIPS}, bibtex_show = {true}, selected = {true}, preview = {transformer.png},
              title = {Reducing the {Dimensions} of Attention},
              author = {Vaswani, Ashish and Shazeer, Noam},
              booktitle = {Advances in Neural Information Processing Systems},
              year = {2017},
              abstract = {The dominant models.},
              arxiv = {1706.03762}, eprint = {1706.03762}, archivePrefix = {arXiv}, primaryClass = {cs.CL},
              pdf = {attention.pdf}, supp = {supp.pdf}, code = {https://example.org/code}, slides = {s.pdf},
              poster = {p.pdf}, video = {https://example.org/v}, blog = {https://example.org/b},
              website = {https://example.org/w}, html = {https://example.org/h},
              award = {Best paper}, award_name = {Oral}, annotation = {Alphabetical order},
              additional_info = {, 19% acceptance}, hidden = {false}, max_authors = {3},
              altmetric = {true}, dimensions = {true}, google_scholar_id = {qyhmnyLat1gC}, inspirehep_id = {1},
              doi = {10.5555/3295222}, pmid = {123}, hal = {hal-0001}, isbn = {978-1-5108-6096-4},
              url = {https://example.org/paper}, tags = {transformers}
            }
            """
        #expect(Self.written(text, key: "vaswani2017") == """
            @inproceedings{vaswani2017,
              author = {Vaswani, Ashish and Shazeer, Noam},
              title = {Reducing the {Dimensions} of Attention},
              booktitle = {Advances in Neural Information Processing Systems},
              year = {2017},
              isbn = {978-1-5108-6096-4},
              doi = {10.5555/3295222},
              eprint = {1706.03762},
              archiveprefix = {arXiv},
              primaryclass = {cs.CL},
              arxiv = {1706.03762},
              hal = {hal-0001},
              pmid = {123},
              url = {https://example.org/paper},
              abstract = {The dominant models.},
              tags = {transformers}
            }

            """)
    }

    @Test func referenceManagersLinksToTheOwnersDiskAreLeftOut() {
        let text = """
            @article{k, title = {T}, year = 2020, month = {13},
              file = {:/Users/ada/Zotero/storage/AB12/paper.pdf:application/pdf},
              bdsk-file-1 = {YnBsaXN0MDA=}, bdsk-url-1 = {https://example.org/k}}
            """
        #expect(Self.written(text, key: "k") == """
            @article{k,
              title = {T},
              year = {2020},
              month = {13},
              bdsk-url-1 = {https://example.org/k}
            }

            """)
    }

    @Test func keysTypesAndValuesThatNeedCare() {
        let file = BibTeXReader.read(Self.tricky, path: "a.bib")
        let written = file.entries.map(BibTeXWriter.write).joined()
        #expect(written == #"""
            @misc(paren}key,
              title = {A key with a brace},
              year = {2020}
            )
            @misc{ünï:a/b+c.d-e,
              author = {Łukasz, Ż.},
              title = {Ünïcode {Tïtle} — ‽ 日本},
              year = {2021}
            }
            @misc{specials,
              title = {at @ sign, 100% and a "quote" and \"u and # and \% and a = b},
              year = {2019},
              note = {a {"} bc}
            }
            @misc{empty,
              title = {},
              year = {},
              note = {}
            }
            @misc{months,
              title = {M},
              year = {2020},
              month = jan,
              date = {2020-12}
            }
            @webpage{other,
              title = {Unknown type},
              year = {2018},
              urldate = {2024-01-02}
            }
            @misc{deep,
              title = {x } # "\#(String(repeating: "{", count: 256))deep\#(String(repeating: "}", count: 256))" # { y},
              year = {2017}
            }
            @misc{deepmix,
              title = {a"} # "\#(String(repeating: "{", count: 256))d\#(String(repeating: "}", count: 256))" # { b},
              year = {2017}
            }
            @misc{nofields}
            @misc{siteonly}
            @misc{child,
              title = {at @ sign, 100% and a "quote" and \"u and # and \% and a = b},
              pages = {1},
              year = {2019},
              note = {a {"} bc}
            }

            """#)
    }

    @Test func everyEntryOfTheTrickyFilesReadsBackAsItself() {
        for text in [Self.tricky, BibTeXFixture.tricky] {
            let entries = BibTeXReader.read(text, path: "a.bib").entries
            #expect(entries.count > 10)
            for entry in entries {
                #expect(BibTeXRoundTrip.problems(of: entry) == [])
            }
        }
    }

    @Test func aHandMadeValueWithUnpairedBracesIsWrittenPaired() {
        let at = SourceLocation(path: "a.bib", line: 1, column: 1)
        let entry = BibEntry(type: "misc", writtenType: "misc", key: "hand", fields: [
            BibField(name: "title", value: "a } b { c", nameLocation: at, valueLocation: at),
            BibField(name: "note", value: "{{x}", nameLocation: at, valueLocation: at),
        ], location: at)
        let text = BibTeXWriter.write(entry)
        #expect(text == "@misc{hand,\n  title = {a  b { c}},\n  note = {{{x}}}\n}\n")
        #expect(BibTeXReader.read(text, path: "a.bib").entries.first?.fields.map(\.value) == ["a b { c}", "{{x}}"])
    }
}
