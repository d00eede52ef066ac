;; The WebAssembly kernels of src/core/simd (128-bit SIMD), assembled into module.ts by
;; `npm run wasm` (scripts/wasm.mjs); src/core/simd/simd.test.ts checks the two agree.
(module
  (memory (export "memory") 1)
  ;; apply1(ptr, count, step, mptr): the 2x2 complex matrix at mptr (8 doubles, row-major,
  ;; interleaved) on flat bit `step` (as 1 << bit) of `count` complex entries at ptr.
  ;; One complex number per v128 lane pair; the same operations in the same order as the
  ;; scalar JavaScript kernel, so the same bits.
  (func (export "apply1") (param $ptr i32) (param $count i32) (param $step i32) (param $m i32)
    (local $m00r v128) (local $m00i v128) (local $m01r v128) (local $m01i v128)
    (local $m10r v128) (local $m10i v128) (local $m11r v128) (local $m11i v128)
    (local $base i32) (local $i i32) (local $end i32) (local $a i32) (local $b i32) (local $off i32)
    (local $va v128) (local $vb v128) (local $sa v128) (local $sb v128)
    (local.set $m00r (f64x2.splat (f64.load offset=0 (local.get $m))))
    (local.set $m00i (f64x2.mul (f64x2.splat (f64.load offset=8 (local.get $m))) (v128.const f64x2 -1 1)))
    (local.set $m01r (f64x2.splat (f64.load offset=16 (local.get $m))))
    (local.set $m01i (f64x2.mul (f64x2.splat (f64.load offset=24 (local.get $m))) (v128.const f64x2 -1 1)))
    (local.set $m10r (f64x2.splat (f64.load offset=32 (local.get $m))))
    (local.set $m10i (f64x2.mul (f64x2.splat (f64.load offset=40 (local.get $m))) (v128.const f64x2 -1 1)))
    (local.set $m11r (f64x2.splat (f64.load offset=48 (local.get $m))))
    (local.set $m11i (f64x2.mul (f64x2.splat (f64.load offset=56 (local.get $m))) (v128.const f64x2 -1 1)))
    (local.set $off (i32.shl (local.get $step) (i32.const 4)))
    (local.set $base (i32.const 0))
    (block $done
      (loop $outer
        (br_if $done (i32.ge_u (local.get $base) (local.get $count)))
        (local.set $a (i32.add (local.get $ptr) (i32.shl (local.get $base) (i32.const 4))))
        (local.set $end (i32.add (local.get $a) (local.get $off)))
        (block $idone
          (loop $inner
            (br_if $idone (i32.ge_u (local.get $a) (local.get $end)))
            (local.set $b (i32.add (local.get $a) (local.get $off)))
            (local.set $va (v128.load (local.get $a)))
            (local.set $vb (v128.load (local.get $b)))
            (local.set $sa (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $va) (local.get $va)))
            (local.set $sb (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $vb) (local.get $vb)))
            (v128.store (local.get $a)
              (f64x2.add (f64x2.add (f64x2.add (f64x2.mul (local.get $m00r) (local.get $va)) (f64x2.mul (local.get $m00i) (local.get $sa)))
                (f64x2.mul (local.get $m01r) (local.get $vb))) (f64x2.mul (local.get $m01i) (local.get $sb))))
            (v128.store (local.get $b)
              (f64x2.add (f64x2.add (f64x2.add (f64x2.mul (local.get $m10r) (local.get $va)) (f64x2.mul (local.get $m10i) (local.get $sa)))
                (f64x2.mul (local.get $m11r) (local.get $vb))) (f64x2.mul (local.get $m11i) (local.get $sb))))
            (local.set $a (i32.add (local.get $a) (i32.const 16)))
            (br $inner)))
        (local.set $base (i32.add (local.get $base) (i32.shl (local.get $step) (i32.const 1))))
        (br $outer))))
  ;; gram(ptr, dh, bytes, out): the sums of core/isometry.ts's blockGram over `dh` (even) blocks
  ;; of `bytes` bytes at ptr, 2x2 blocks at a time, in its order: for each h (step 2) the
  ;; diagonal block (sums (h,h), (h,h+1), (h+1,h+1)), then each g > h (step 2) with sums
  ;; (h,g), (h,g+1), (h+1,g), (h+1,g+1); each sum as (re, im) at out, one after another.
  (func (export "gram") (param $ptr i32) (param $dh i32) (param $bytes i32) (param $out i32)
    (local $h i32) (local $g i32) (local $k i32) (local $x0 i32) (local $x1 i32) (local $y0 i32) (local $y1 i32)
    (local $a v128) (local $b v128) (local $v v128) (local $w v128)
    (local $s00 v128) (local $s01 v128) (local $s10 v128) (local $s11 v128)
    (local $an v128) (local $bn v128) (local $alo v128) (local $ahi v128) (local $blo v128) (local $bhi v128)
    (local $vlo v128) (local $vhi v128) (local $wlo v128) (local $whi v128)
    ;; Each sum is conj(v) x as (re, im) the way blockGram adds it: x * (vr, vr) + (xi, -xr) * (vi, vi).
    (local.set $h (i32.const 0))
    (block $hdone (loop $hloop
      (br_if $hdone (i32.ge_u (local.get $h) (local.get $dh)))
      (local.set $x0 (i32.add (local.get $ptr) (i32.mul (local.get $h) (local.get $bytes))))
      (local.set $x1 (i32.add (local.get $x0) (local.get $bytes)))
      (local.set $s00 (v128.const i64x2 0 0)) (local.set $s01 (v128.const i64x2 0 0)) (local.set $s11 (v128.const i64x2 0 0))
      (local.set $k (i32.const 0))
      (block $kd (loop $kl
        (br_if $kd (i32.ge_u (local.get $k) (local.get $bytes)))
        (local.set $a (v128.load (i32.add (local.get $x0) (local.get $k))))
        (local.set $b (v128.load (i32.add (local.get $x1) (local.get $k))))
        (local.set $an (v128.xor (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $a) (local.get $a)) (v128.const i64x2 0 0x8000000000000000)))
        (local.set $bn (v128.xor (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $b) (local.get $b)) (v128.const i64x2 0 0x8000000000000000)))
        (local.set $alo (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $a) (local.get $a))) (local.set $ahi (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $a) (local.get $a)))
        (local.set $blo (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $b) (local.get $b))) (local.set $bhi (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $b) (local.get $b)))
        (local.set $s00 (f64x2.add (local.get $s00) (f64x2.add (f64x2.mul (local.get $a) (local.get $alo)) (f64x2.mul (local.get $an) (local.get $ahi)))))
        (local.set $s01 (f64x2.add (local.get $s01) (f64x2.add (f64x2.mul (local.get $a) (local.get $blo)) (f64x2.mul (local.get $an) (local.get $bhi)))))
        (local.set $s11 (f64x2.add (local.get $s11) (f64x2.add (f64x2.mul (local.get $b) (local.get $blo)) (f64x2.mul (local.get $bn) (local.get $bhi)))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $kl)))
      (v128.store offset=0 (local.get $out) (local.get $s00))
      (v128.store offset=16 (local.get $out) (local.get $s01))
      (v128.store offset=32 (local.get $out) (local.get $s11))
      (local.set $out (i32.add (local.get $out) (i32.const 48)))
      (local.set $g (i32.add (local.get $h) (i32.const 2)))
      (block $gdone (loop $gloop
        (br_if $gdone (i32.ge_u (local.get $g) (local.get $dh)))
        (local.set $y0 (i32.add (local.get $ptr) (i32.mul (local.get $g) (local.get $bytes))))
        (local.set $y1 (i32.add (local.get $y0) (local.get $bytes)))
        (local.set $s00 (v128.const i64x2 0 0)) (local.set $s01 (v128.const i64x2 0 0))
        (local.set $s10 (v128.const i64x2 0 0)) (local.set $s11 (v128.const i64x2 0 0))
        (local.set $k (i32.const 0))
        (block $kd2 (loop $kl2
          (br_if $kd2 (i32.ge_u (local.get $k) (local.get $bytes)))
          (local.set $a (v128.load (i32.add (local.get $x0) (local.get $k))))
          (local.set $b (v128.load (i32.add (local.get $x1) (local.get $k))))
          (local.set $v (v128.load (i32.add (local.get $y0) (local.get $k))))
          (local.set $w (v128.load (i32.add (local.get $y1) (local.get $k))))
          (local.set $an (v128.xor (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $a) (local.get $a)) (v128.const i64x2 0 0x8000000000000000)))
          (local.set $bn (v128.xor (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $b) (local.get $b)) (v128.const i64x2 0 0x8000000000000000)))
          (local.set $vlo (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v))) (local.set $vhi (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $v) (local.get $v)))
          (local.set $wlo (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $w) (local.get $w))) (local.set $whi (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $w) (local.get $w)))
          (local.set $s00 (f64x2.add (local.get $s00) (f64x2.add (f64x2.mul (local.get $a) (local.get $vlo)) (f64x2.mul (local.get $an) (local.get $vhi)))))
          (local.set $s01 (f64x2.add (local.get $s01) (f64x2.add (f64x2.mul (local.get $a) (local.get $wlo)) (f64x2.mul (local.get $an) (local.get $whi)))))
          (local.set $s10 (f64x2.add (local.get $s10) (f64x2.add (f64x2.mul (local.get $b) (local.get $vlo)) (f64x2.mul (local.get $bn) (local.get $vhi)))))
          (local.set $s11 (f64x2.add (local.get $s11) (f64x2.add (f64x2.mul (local.get $b) (local.get $wlo)) (f64x2.mul (local.get $bn) (local.get $whi)))))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br $kl2)))
        (v128.store offset=0 (local.get $out) (local.get $s00))
        (v128.store offset=16 (local.get $out) (local.get $s01))
        (v128.store offset=32 (local.get $out) (local.get $s10))
        (v128.store offset=48 (local.get $out) (local.get $s11))
        (local.set $out (i32.add (local.get $out) (i32.const 64)))
        (local.set $g (i32.add (local.get $g) (i32.const 2)))
        (br $gloop)))
      (local.set $h (i32.add (local.get $h) (i32.const 2)))
      (br $hloop)))
  )

  ;; hidden(w, lam, dh, bytes, out): out (zeroed by the caller) += (I_data (x) Lambda) W, as
  ;; core/isometry.ts's hiddenTimes sums it: `dh` (a multiple of 4) blocks of `bytes` bytes at
  ;; w, Lambda (dh x dh complex, row-major) at lam; for each output block h and each group of
  ;; four blocks g..g+3, the four scaled blocks summed in order and then added to out. The
  ;; imaginary part of each Lambda entry is held as (-im, im) against the swapped (im, re) entry,
  ;; so each lane does the scalar kernel's products and sums in its order.
  (func (export "hidden") (param $w i32) (param $lam i32) (param $dh i32) (param $bytes i32) (param $out i32)
    (local $h i32) (local $g i32) (local $k i32) (local $to i32) (local $l i32)
    (local $f0 i32) (local $f1 i32) (local $f2 i32) (local $f3 i32)
    (local $l0r v128) (local $l0i v128) (local $l1r v128) (local $l1i v128)
    (local $l2r v128) (local $l2i v128) (local $l3r v128) (local $l3i v128)
    (local $x v128) (local $acc v128)
    (local.set $h (i32.const 0))
    (block $hdone (loop $hloop
      (br_if $hdone (i32.ge_u (local.get $h) (local.get $dh)))
      (local.set $to (i32.add (local.get $out) (i32.mul (local.get $h) (local.get $bytes))))
      (local.set $g (i32.const 0))
      (block $gdone (loop $gloop
        (br_if $gdone (i32.ge_u (local.get $g) (local.get $dh)))
        ;; Lambda[h][g] at lam + 16 (h dh + g)
        (local.set $l (i32.add (local.get $lam) (i32.shl (i32.add (i32.mul (local.get $h) (local.get $dh)) (local.get $g)) (i32.const 4))))
        (local.set $l0r (f64x2.splat (f64.load offset=0 (local.get $l))))
        (local.set $l0i (f64x2.mul (f64x2.splat (f64.load offset=8 (local.get $l))) (v128.const f64x2 -1 1)))
        (local.set $l1r (f64x2.splat (f64.load offset=16 (local.get $l))))
        (local.set $l1i (f64x2.mul (f64x2.splat (f64.load offset=24 (local.get $l))) (v128.const f64x2 -1 1)))
        (local.set $l2r (f64x2.splat (f64.load offset=32 (local.get $l))))
        (local.set $l2i (f64x2.mul (f64x2.splat (f64.load offset=40 (local.get $l))) (v128.const f64x2 -1 1)))
        (local.set $l3r (f64x2.splat (f64.load offset=48 (local.get $l))))
        (local.set $l3i (f64x2.mul (f64x2.splat (f64.load offset=56 (local.get $l))) (v128.const f64x2 -1 1)))
        (local.set $f0 (i32.add (local.get $w) (i32.mul (local.get $g) (local.get $bytes))))
        (local.set $f1 (i32.add (local.get $f0) (local.get $bytes)))
        (local.set $f2 (i32.add (local.get $f1) (local.get $bytes)))
        (local.set $f3 (i32.add (local.get $f2) (local.get $bytes)))
        (local.set $k (i32.const 0))
        (block $kdone (loop $kloop
          (br_if $kdone (i32.ge_u (local.get $k) (local.get $bytes)))
          (local.set $x (v128.load (i32.add (local.get $f0) (local.get $k))))
          (local.set $acc (f64x2.add (f64x2.mul (local.get $l0r) (local.get $x))
            (f64x2.mul (local.get $l0i) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))))
          (local.set $x (v128.load (i32.add (local.get $f1) (local.get $k))))
          (local.set $acc (f64x2.add (f64x2.add (local.get $acc) (f64x2.mul (local.get $l1r) (local.get $x)))
            (f64x2.mul (local.get $l1i) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))))
          (local.set $x (v128.load (i32.add (local.get $f2) (local.get $k))))
          (local.set $acc (f64x2.add (f64x2.add (local.get $acc) (f64x2.mul (local.get $l2r) (local.get $x)))
            (f64x2.mul (local.get $l2i) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))))
          (local.set $x (v128.load (i32.add (local.get $f3) (local.get $k))))
          (local.set $acc (f64x2.add (f64x2.add (local.get $acc) (f64x2.mul (local.get $l3r) (local.get $x)))
            (f64x2.mul (local.get $l3i) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))))
          (v128.store (i32.add (local.get $to) (local.get $k))
            (f64x2.add (v128.load (i32.add (local.get $to) (local.get $k))) (local.get $acc)))
          (local.set $k (i32.add (local.get $k) (i32.const 16)))
          (br $kloop)))
        (local.set $g (i32.add (local.get $g) (i32.const 4)))
        (br $gloop)))
      (local.set $h (i32.add (local.get $h) (i32.const 1)))
      (br $hloop)))
  )

  ;; env(a, y, rows, bytes, masks, count, out): core/adjointKernels.ts's environments over
  ;; `rows` rows of `bytes` bytes of A at a and Y at y, for `count` row bits given as masks
  ;; (i32) at `masks`; out (zeroed by the caller, 64 bytes per bit: E00, E01, E10, E11 as
  ;; (re, im)) is added to row by row in its order. Each sum conj(y) x is taken as (re, im) =
  ;; x * (yr, yr) + (xi, -xr) * (yi, yi), the scalar kernel's products and sums lane by lane.
  (func (export "env") (param $a i32) (param $y i32) (param $rows i32) (param $bytes i32) (param $masks i32) (param $count i32) (param $out i32)
    (local $r i32) (local $p i32) (local $q i32) (local $k i32) (local $b i32) (local $m i32) (local $e i32)
    (local $va v128) (local $vy v128) (local $d v128) (local $x v128) (local $z v128)
    (local $a0 v128) (local $a1 v128) (local $y0 v128) (local $y1 v128)
    (local.set $r (i32.const 0))
    (block $rdone (loop $rloop
      (br_if $rdone (i32.ge_u (local.get $r) (local.get $rows)))
      (local.set $p (i32.mul (local.get $r) (local.get $bytes)))
      ;; the row overlap sum_k conj(Y[r, k]) A[r, k]
      (local.set $d (v128.const i64x2 0 0))
      (local.set $k (i32.const 0))
      (block $kd (loop $kl
        (br_if $kd (i32.ge_u (local.get $k) (local.get $bytes)))
        (local.set $va (v128.load (i32.add (local.get $a) (i32.add (local.get $p) (local.get $k)))))
        (local.set $vy (v128.load (i32.add (local.get $y) (i32.add (local.get $p) (local.get $k)))))
        (local.set $d (f64x2.add (local.get $d) (f64x2.add
          (f64x2.mul (local.get $va) (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $vy) (local.get $vy)))
          (f64x2.mul (v128.xor (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $va) (local.get $va)) (v128.const i64x2 0 0x8000000000000000))
            (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $vy) (local.get $vy))))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $kl)))
      (local.set $b (i32.const 0))
      (block $bdone (loop $bloop
        (br_if $bdone (i32.ge_u (local.get $b) (local.get $count)))
        (local.set $m (i32.load (i32.add (local.get $masks) (i32.shl (local.get $b) (i32.const 2)))))
        (local.set $e (i32.add (local.get $out) (i32.shl (local.get $b) (i32.const 6))))
        (if (i32.and (local.get $r) (local.get $m))
          (then
            ;; E11 gathers the overlaps of the rows with the bit set
            (v128.store offset=48 (local.get $e) (f64x2.add (v128.load offset=48 (local.get $e)) (local.get $d))))
          (else
            (v128.store offset=0 (local.get $e) (f64x2.add (v128.load offset=0 (local.get $e)) (local.get $d)))
            (local.set $q (i32.mul (i32.or (local.get $r) (local.get $m)) (local.get $bytes)))
            (local.set $x (v128.const i64x2 0 0))
            (local.set $z (v128.const i64x2 0 0))
            (local.set $k (i32.const 0))
            (block $kd2 (loop $kl2
              (br_if $kd2 (i32.ge_u (local.get $k) (local.get $bytes)))
              (local.set $a0 (v128.load (i32.add (local.get $a) (i32.add (local.get $p) (local.get $k)))))
              (local.set $y0 (v128.load (i32.add (local.get $y) (i32.add (local.get $p) (local.get $k)))))
              (local.set $a1 (v128.load (i32.add (local.get $a) (i32.add (local.get $q) (local.get $k)))))
              (local.set $y1 (v128.load (i32.add (local.get $y) (i32.add (local.get $q) (local.get $k)))))
              ;; conj(y0) a1
              (local.set $x (f64x2.add (local.get $x) (f64x2.add
                (f64x2.mul (local.get $a1) (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $y0) (local.get $y0)))
                (f64x2.mul (v128.xor (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $a1) (local.get $a1)) (v128.const i64x2 0 0x8000000000000000))
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $y0) (local.get $y0))))))
              ;; conj(y1) a0
              (local.set $z (f64x2.add (local.get $z) (f64x2.add
                (f64x2.mul (local.get $a0) (i8x16.shuffle 0 1 2 3 4 5 6 7 0 1 2 3 4 5 6 7 (local.get $y1) (local.get $y1)))
                (f64x2.mul (v128.xor (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $a0) (local.get $a0)) (v128.const i64x2 0 0x8000000000000000))
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $y1) (local.get $y1))))))
              (local.set $k (i32.add (local.get $k) (i32.const 16)))
              (br $kl2)))
            (v128.store offset=16 (local.get $e) (f64x2.add (v128.load offset=16 (local.get $e)) (local.get $x)))
            (v128.store offset=32 (local.get $e) (f64x2.add (v128.load offset=32 (local.get $e)) (local.get $z)))))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $bloop)))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rloop)))
  )

  ;; product(phi, dl, s, dh, bytes, perm, out): core/isometry.ts's productFactored: for each
  ;; hidden row h of S (at s, `bytes` bytes a row) and data amplitude d of phi (dl complex
  ;; entries at phi), the row phi[d] S[h] at row perm[h dl + d] (i32 at perm) of out, which the
  ;; caller has zeroed; a zero amplitude leaves its row as it is. The product is
  ;; (fr, fr) (sr, si) + (-fi, fi) (si, sr), the scalar kernel's lane by lane.
  (func (export "product") (param $phi i32) (param $dl i32) (param $s i32) (param $dh i32) (param $bytes i32) (param $perm i32) (param $out i32)
    (local $h i32) (local $d i32) (local $k i32) (local $src i32) (local $dst i32) (local $row i32)
    (local $fr f64) (local $fi f64) (local $vr v128) (local $vi v128) (local $x v128)
    (local.set $h (i32.const 0))
    (block $hdone (loop $hloop
      (br_if $hdone (i32.ge_u (local.get $h) (local.get $dh)))
      (local.set $src (i32.add (local.get $s) (i32.mul (local.get $h) (local.get $bytes))))
      (local.set $d (i32.const 0))
      (block $ddone (loop $dloop
        (br_if $ddone (i32.ge_u (local.get $d) (local.get $dl)))
        (local.set $fr (f64.load offset=0 (i32.add (local.get $phi) (i32.shl (local.get $d) (i32.const 4)))))
        (local.set $fi (f64.load offset=8 (i32.add (local.get $phi) (i32.shl (local.get $d) (i32.const 4)))))
        (if (i32.eqz (i32.and (f64.eq (local.get $fr) (f64.const 0)) (f64.eq (local.get $fi) (f64.const 0))))
          (then
            (local.set $row (i32.add (i32.mul (local.get $h) (local.get $dl)) (local.get $d)))
            (local.set $dst (i32.add (local.get $out)
              (i32.mul (i32.load (i32.add (local.get $perm) (i32.shl (local.get $row) (i32.const 2)))) (local.get $bytes))))
            (local.set $vr (f64x2.splat (local.get $fr)))
            (local.set $vi (f64x2.mul (f64x2.splat (local.get $fi)) (v128.const f64x2 -1 1)))
            (local.set $k (i32.const 0))
            (block $kd (loop $kl
              (br_if $kd (i32.ge_u (local.get $k) (local.get $bytes)))
              (local.set $x (v128.load (i32.add (local.get $src) (local.get $k))))
              (v128.store (i32.add (local.get $dst) (local.get $k))
                (f64x2.add (f64x2.mul (local.get $vr) (local.get $x))
                  (f64x2.mul (local.get $vi) (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $x) (local.get $x)))))
              (local.set $k (i32.add (local.get $k) (i32.const 16)))
              (br $kl)))))
        (local.set $d (i32.add (local.get $d) (i32.const 1)))
        (br $dloop)))
      (local.set $h (i32.add (local.get $h) (i32.const 1)))
      (br $hloop)))
  )
)
