//! The `.doc` reader on documents built here: the sprm walk, refusals, the piece table.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::*;

#[test]
fn sprms_are_cut_by_their_operand_sizes() {
    // sprmPFInTable 1, sprmPItap 1 (4 bytes), sprmTDefTable (u16 size counting itself as 1).
    let mut grpprl = vec![0x16, 0x24, 1, 0x49, 0x66, 1, 0, 0, 0, 0x08, 0xD6];
    let def = [2u8, 0, 0, 0, 0x10, 0x00, 0x20, 0x00];
    // cb = remaining bytes + 1: count, 2 edges... here 1 cell: edges 0, 0x10 and no TC80.
    grpprl.extend(((def.len() - 2 + 1) as u16).to_le_bytes());
    grpprl.extend(&def[2..]);
    grpprl.extend([0x17, 0x24, 1]);
    let ops: Vec<u16> = sprms(&grpprl).map(|(op, _)| op).collect();
    assert_eq!(ops, [0x2416, 0x6649, 0xD608, 0x2417]);
}

#[test]
fn garbage_is_refused_never_a_panic() {
    let mut bytes = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    bytes.resize(4096, 0xFF);
    assert!(matches!(open(&bytes), Err(Refusal::Damaged(_))));
    assert!(fib(&[0xEC, 0xA5]).is_none());
    assert!(pieces(&[2, 0xFF, 0xFF, 0xFF, 0xFF], (0, 5)).is_none());
    assert!(fkp_runs(&[], &[0xFF; 12]).is_empty());
}

/// A `.doc` built here: a FIB with the given flags whose piece table holds `text` as one
/// UTF-16 piece, no paragraph properties.
fn doc(flags: u16, text: &str) -> Vec<u8> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut word = vec![0u8; 1024];
    word[0..2].copy_from_slice(&0xA5ECu16.to_le_bytes());
    word[0x0A..0x0C].copy_from_slice(&flags.to_le_bytes());
    // csw 0; cslw 4 (ccpText the fourth); 34 fc/lcb pairs, the 34th the Clx.
    word[34..36].copy_from_slice(&4u16.to_le_bytes());
    word[48..52].copy_from_slice(&(units.len() as u32).to_le_bytes());
    word[52..54].copy_from_slice(&34u16.to_le_bytes());
    let text_fc = 1024u32;
    for u in &units {
        word.extend(u.to_le_bytes());
    }
    let mut table = Vec::new();
    let mut plc = Vec::new();
    plc.extend(0u32.to_le_bytes());
    plc.extend((units.len() as u32).to_le_bytes());
    plc.extend(0u16.to_le_bytes());
    plc.extend(text_fc.to_le_bytes());
    plc.extend(0u16.to_le_bytes());
    table.push(2);
    table.extend((plc.len() as u32).to_le_bytes());
    table.extend(&plc);
    let clx_at = 54 + 33 * 8;
    word[clx_at + 4..clx_at + 8].copy_from_slice(&(table.len() as u32).to_le_bytes());
    let mut file = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
    for (name, bytes) in [("/WordDocument", &word), ("/0Table", &table)] {
        let mut s = file.create_stream(name).unwrap();
        std::io::Write::write_all(&mut s, bytes).unwrap();
    }
    file.flush().unwrap();
    file.into_inner().into_inner()
}

#[test]
fn a_document_with_a_password_or_no_text_is_refused_so() {
    let encrypted = doc(0x0100, "项目名称\r");
    assert!(matches!(open(&encrypted), Err(Refusal::Encrypted)));
    let err = read("a.doc", &encrypted, None).err().unwrap();
    assert!(err.contains("密码") || err.contains("password"), "{err}");
    let blank = doc(0, "\r\r \r");
    assert!(read("a.doc", &blank, None).is_err());
}

#[test]
fn the_text_is_read_through_the_piece_table_fields_giving_their_result() {
    let bytes = doc(0, "项目名称\r\u{13} PAGE \u{14}3\u{15}页\t末\r");
    let streams = open(&bytes).unwrap();
    let units = streams.text().unwrap();
    let paragraphs = Paragraphs::new(&streams);
    let mut layout = Layout {
        sheet: Sheet::new(SHEET),
        ..Layout::default()
    };
    for (unit, fc) in units {
        layout.unit(unit, fc, &paragraphs);
    }
    layout.end_paragraph();
    let rows: Vec<Vec<String>> = layout
        .sheet
        .rows()
        .unwrap()
        .iter()
        .map(|r| r.cells.iter().map(|c| c.text.to_string()).collect())
        .collect();
    assert_eq!(
        rows,
        [vec!["项目名称".to_owned()], vec!["3页 末".to_owned()]]
    );
}

/// Cells are placed by the table's edges: a wide cell spans the columns of the edges it
/// covers, a cell merged the old way (`horzMerge` 2) widens the one before it, vertical merges
/// (`0x60` restart, `0x20` continue) become one region.
#[test]
fn cells_are_placed_by_their_edges_and_merges() {
    let mut layout = Layout {
        sheet: Sheet::new(SHEET),
        ..Layout::default()
    };
    let row = |cells: &[&str], edges: &[i16], flags: &[u16]| TableRow {
        cells: cells.iter().map(|c| (*c).to_owned()).collect(),
        def: Some(TableDef {
            edges: edges.to_vec(),
            flags: flags.to_vec(),
        }),
    };
    layout.rows = vec![
        row(&["项目名称", "甲项目"], &[0, 100, 300], &[0x60, 0]),
        row(&["", "a", "b"], &[0, 100, 200, 300], &[0x20, 0, 0]),
        row(&["总分", "x", "100"], &[0, 100, 200, 300], &[0, 1, 2]),
    ];
    layout.flush_table();
    let rows = layout.sheet.rows().unwrap();
    let texts: Vec<Vec<(usize, String)>> = rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .filter(|c| !c.text.is_empty())
                .map(|c| (c.number, c.text.to_string()))
                .collect()
        })
        .collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    // Numbered from 1: "甲项目" spans columns 2–3, "a" and "b" under it.
    assert_eq!(
        texts[0],
        [(1, "项目名称".to_owned()), (2, "甲项目".to_owned())]
    );
    assert_eq!(texts[1], [(2, "a".to_owned()), (3, "b".to_owned())]);
    // "100" is in a cell merged into "x": not read as a cell of its own.
    assert_eq!(texts[2], [(1, "总分".to_owned()), (2, "x".to_owned())]);
}
